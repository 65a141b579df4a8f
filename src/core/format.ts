// Dates and money for people, in their locale. Pure (Intl only).

// Building an Intl formatter costs 10 to 40 ms the first time in a process (it loads the locale's
// data), far more than formatting with it: one per locale and currency, kept for the process's life.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatDate(iso: string, locale?: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

export function formatMoney(amount: number | null, currency: string, locale?: string): string {
  if (amount === null) return '—';
  const key = `${locale ?? ''}\u0000${currency}`;
  try {
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
      moneyFormats.set(key, format);
    }
    return format.format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
