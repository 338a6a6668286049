export interface Machine {
  root: boolean;
  apt: boolean;
  chromium: boolean;
  poppler: boolean;
  skipBrowserDownload: boolean;
  mac?: boolean;
}
export interface InstallPlan {
  install: { say: string; run: string[][] }[];
  missing: string[];
  manual: string | null;
}
export function installPlan(machine: Machine): InstallPlan;
