import { statfsSync } from "node:fs";
import { freemem, loadavg, totalmem } from "node:os";
import { detail, type Diagnostic, text, verdictOf } from "./types";

const MB = 1024 * 1024;
const DISK_FAIL_MB = 100;
const DISK_WARN_MB = 1024;

/** Disk space where the store lives, and memory of the machine and of this process. */
export const systemDiagnostic: Diagnostic = {
  id: "system",
  label: text("磁盘和内存", "disk and memory"),
  hint: text("查看剩余磁盘空间和内存", "shows free disk space and memory"),
  async run({ dataDir }) {
    const fs = statfsSync(dataDir);
    const freeDiskMb = Math.floor((fs.bavail * fs.bsize) / MB);
    const totalDiskMb = Math.floor((fs.blocks * fs.bsize) / MB);
    const freeMemMb = Math.floor(freemem() / MB);
    const totalMemMb = Math.floor(totalmem() / MB);
    const rssMb = Math.floor(process.memoryUsage().rss / MB);
    const diskFail = freeDiskMb < DISK_FAIL_MB;
    const lowDisk = freeDiskMb < DISK_WARN_MB;
    const lowMem = freeMemMb < totalMemMb * 0.1;
    return Promise.resolve({
      verdict: verdictOf(diskFail, lowDisk || lowMem),
      summary: diskFail
        ? text(
            "磁盘快满了，申请可能存不下：请清理或换盘",
            "the disk is nearly full; submissions may not save: free space",
          )
        : lowDisk || lowMem
          ? text("磁盘或内存偏少，请留意", "disk or memory is low; keep an eye on it")
          : text("磁盘和内存充足", "enough disk and memory"),
      details: [
        detail("数据目录剩余", "free disk (data folder)", `${freeDiskMb} MB / ${totalDiskMb} MB`),
        detail("内存剩余", "free memory", `${freeMemMb} MB / ${totalMemMb} MB`),
        detail("本程序占用内存", "this process (RSS)", `${rssMb} MB`),
        detail(
          "负载",
          "load (1/5/15 min)",
          loadavg()
            .map((n) => n.toFixed(2))
            .join(" / "),
        ),
      ],
      lines: [],
    });
  },
};
