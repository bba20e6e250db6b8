/** Numbers as the report writes them: one decimal, or whole numbers (digits = 0). */
export function reportNumbers(locale: string): (value: number, digits?: number) => string {
  const oneDecimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (value, digits = 1) => (digits === 0 ? whole : oneDecimal).format(value);
}
