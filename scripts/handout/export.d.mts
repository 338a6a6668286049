export function exportHandout(options: { out: string; notes?: boolean; steps?: boolean; start?: string; end?: string }): Promise<{ pages: number; warnings: string[] }>;
