/**
 * Which readings of a polyphonic character the search index keeps.
 *
 * The build script (scripts/build-search-index.ts) takes pinyin-pro's reading in context, then
 * adds a character's other readings only when they are listed here as kept; a reading listed as
 * blocked is dropped even in context. Every polyphone in the catalog must appear here, so a new
 * service cannot slip a rare reading into the index unreviewed: the build fails and names it.
 * Readings are toneless, with ü written v.
 */
export const polyphoneReadings: Readonly<
  Record<string, { keep: readonly string[]; block: readonly string[] }>
> = {
  // Rare readings that caused false hits elsewhere: 参 shēn (参保 is never "shenbao"), 广 ān.
  参: { keep: ["can"], block: ["shen", "cen", "san"] },
  广: { keep: ["guang"], block: ["an"] },
  信: { keep: ["xin"], block: ["shen"] },
  查: { keep: ["cha"], block: ["zha"] },
  会: { keep: ["hui"], block: ["kuai"] },
  缴: { keep: ["jiao"], block: ["zhuo"] },
  休: { keep: ["xiu"], block: ["xu"] },
  卡: { keep: ["ka"], block: ["qia"] },
  度: { keep: ["du"], block: ["duo"] },
  单: { keep: ["dan"], block: ["shan", "chan"] },
  系: { keep: ["xi"], block: ["ji"] },
  转: { keep: ["zhuan"], block: ["zhuai"] },
  省: { keep: ["sheng"], block: ["xing"] },
  员: { keep: ["yuan"], block: ["yun"] },
  了: { keep: ["le", "liao"], block: [] },
  助: { keep: ["zhu"], block: ["chu"] },
  地: { keep: ["di"], block: ["de"] },
  // 种 zhǒng/zhòng are one toneless reading; chóng is a surname.
  种: { keep: ["zhong"], block: ["chong"] },
  // Both readings are everyday words (还款 huán, 还有 hái).
  还: { keep: ["huan", "hai"], block: [] },
  提: { keep: ["ti"], block: ["di"] },
  行: { keep: ["xing", "hang"], block: ["heng"] },
  不: { keep: ["bu"], block: ["fou"] },
  无: { keep: ["wu"], block: ["mo"] },
  区: { keep: ["qu"], block: ["ou"] },
  落: { keep: ["luo"], block: ["la", "lao"] },
  份: { keep: ["fen"], block: ["bin"] },
  属: { keep: ["shu"], block: ["zhu"] },
  港: { keep: ["gang"], block: ["jiang"] },
  约: { keep: ["yue"], block: ["yao"] },
  车: { keep: ["che"], block: ["ju"] },
  么: { keep: ["me"], block: ["mo", "ma", "yao"] },
  乘: { keep: ["cheng"], block: ["sheng"] },
  期: { keep: ["qi"], block: ["ji"] },
  // 长辈 zhǎng and 长乐 cháng: residents type either, so both stay.
  长: { keep: ["chang", "zhang"], block: [] },
  // 重新 chóng and 重要 zhòng: a helpful polyphone (cxqh and zxqh both find 重新取号).
  重: { keep: ["chong", "zhong"], block: [] },
  得: { keep: ["de"], block: ["dei"] },
  难: { keep: ["nan"], block: ["nuo"] },
  女: { keep: ["nv"], block: ["ru"] },
  便: { keep: ["bian"], block: ["pian"] },
  育: { keep: ["yu"], block: ["yo"] },
  读: { keep: ["du"], block: ["dou"] },
  价: { keep: ["jia"], block: ["jie"] },
  南: { keep: ["nan"], block: ["na"] },
  什: { keep: ["shen"], block: ["shi"] },
  能: { keep: ["neng"], block: ["nai"] },
  柜: { keep: ["gui"], block: ["ju"] },
  差: { keep: ["cha", "chai"], block: ["ci"] },
  食: { keep: ["shi"], block: ["si", "yi"] },
  络: { keep: ["luo"], block: ["lao"] },
  家: { keep: ["jia"], block: ["jie"] },
  称: { keep: ["cheng"], block: ["chen"] },
  亲: { keep: ["qin"], block: ["qing"] },
  大: { keep: ["da"], block: ["dai"] },
  模: { keep: ["mo"], block: ["mu"] },
  适: { keep: ["shi"], block: ["kuo"] },
  // Readings met in the common phrases of text questions.
  巷: { keep: ["xiang"], block: ["hang"] },
  盖: { keep: ["gai"], block: ["ge", "he"] },
  冒: { keep: ["mao"], block: ["mo"] },
  核: { keep: ["he"], block: ["hu"] },
  和: { keep: ["he"], block: ["huo", "hu"] },
  内: { keep: ["nei"], block: ["na"] },
  传: { keep: ["chuan"], block: ["zhuan"] },
  // 血常规 xuè and the everyday xiě: residents type both.
  血: { keep: ["xue", "xie"], block: [] },
  // 长乐 lè and 音乐 yuè are both everyday.
  乐: { keep: ["le", "yue"], block: ["yao", "lao"] },
  阿: { keep: ["a"], block: ["e"] },
  莫: { keep: ["mo"], block: ["mu"] },
};
