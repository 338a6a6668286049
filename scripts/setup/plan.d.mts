export interface Machine {
  root: boolean;
  apt: boolean;
  chromium: boolean;
  poppler: boolean;
  skipBrowserDownload: boolean;
  mac?: boolean;
}
export interface InstallPlan {
  /** Each command as a program and its arguments. */
  install: { say: string; run: [string, ...string[]][] }[];
  missing: string[];
  manual: string | null;
}
export function installPlan(machine: Machine): InstallPlan;
