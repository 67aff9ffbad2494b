/** 1688 seller order lists give money in fen (1/100 yuan): 12850 → 128.5. Unknown → null. */
export function fenToYuan(fen: number | string | null | undefined): number | null {
  if (fen === null || fen === undefined || fen === '') return null;
  const n = typeof fen === 'number' ? fen : Number(String(fen).replace(/[,，\s]/g, ''));
  if (!Number.isFinite(n)) return null;
  return Math.round(n) / 100;
}
