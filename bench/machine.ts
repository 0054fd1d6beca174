/** The machine the numbers came from. */
import { cpus, loadavg, release, totalmem, type } from "node:os";
import type { MachineInfo } from "./types";

export function machineInfo(chromiumVersion: string): MachineInfo {
  const cpuList = cpus();
  return {
    os: `${type()} ${release()}`,
    cpu: cpuList[0]?.model.trim() ?? "unknown",
    cores: cpuList.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
