import type { LayoutData, LayoutId } from "./index";

/**
 * One synthetic sample per layout: used by the preview gallery, the printer test page and the
 * tests. Identities are invented (the 3501… ID number is not a real person's).
 */
export const layoutSamples: { [Id in LayoutId]: LayoutData<Id> } = {
  "queue-ticket": {
    ticketNumber: "A023",
    serviceName: "社保业务综合窗口",
    centreName: "福州市民服务中心",
    waitingAhead: 5,
    issuedAt: "2026-11-27T08:40:00Z",
    qrUrl: "https://q.efuzhou.test/t/A023",
  },
  "submission-receipt": {
    serviceName: "新生儿参保登记",
    referenceNumber: "FZ-20261127-000123",
    status: "approved",
    submittedAt: "2026-11-27T08:41:00Z",
    kioskName: "鼓楼区便民服务点 01",
    applicant: { name: "林小福", idNumber: "35010219900101123X" },
    progressUrl: "https://efuzhou.test/p/FZ-20261127-000123",
  },
  "query-printout": {
    title: "社保缴费记录 Social insurance payments",
    rows: [
      { label: "2026-10 养老保险", value: "已缴 ¥ 512.00" },
      { label: "2026-10 医疗保险", value: "已缴 ¥ 231.60" },
      { label: "2026-11 养老保险", value: "待缴 Pending" },
    ],
    queriedAt: "2026-11-27T08:42:00Z",
    kioskName: "鼓楼区便民服务点 01",
    note: "数据来源：福州市社会保险中心",
  },
  certificate: {
    title: "参保缴费证明",
    certificateNumber: "ZM-2026-004567",
    holderName: "林小福",
    holderIdNumber: "35010219900101123X",
    paragraphs: ["兹证明该同志自2020年1月起在福州市参加城镇职工基本养老保险，至今连续缴费。", "特此证明。"],
    issuer: "福州市社会保险中心",
    issuedAt: "2026-11-27T08:43:00Z",
    verifyUrl: "https://efuzhou.test/v/ZM-2026-004567",
  },
  "payment-receipt": {
    serviceName: "交通违法罚款缴纳",
    description: "交通违法罚款（决定书 3501022026112701）",
    amountFen: 20_000,
    transactionNo: "SIM20261127048213395726",
    orderId: "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
    provider: "simulator",
    paidAt: "2026-11-27T08:44:00Z",
    kioskName: "鼓楼区便民服务点 01",
    payer: { name: "林小福", idNumber: "35010219900101123X" },
  },
};
