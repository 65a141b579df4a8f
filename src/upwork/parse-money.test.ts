import { describe, expect, it } from 'vitest';
import { parseMoney } from './parse-money';

describe('parseMoney', () => {
  it.each([
    ['$1,250.00', 1250, 'USD'],
    ['$500', 500, 'USD'],
    ['€500', 500, 'EUR'],
    ['£75.50', 75.5, 'GBP'],
    ['₹12,000', 12000, 'INR'],
    ['US$ 80.00', 80, 'USD'],
    ['USD 500', 500, 'USD'],
    ['500 EUR', 500, 'EUR'],
    ['1.250,00 €', 1250, 'EUR'],
    ['Budget: $2,400.00 fixed', 2400, 'USD'],
    ['$45.00 /hr', 45, 'USD'],
    ['$1,000,000', 1000000, 'USD'],
    ['Illustrations 3–5£825.00', 825, 'GBP'],
    ['Chapters 1-2€400', 400, 'EUR'],
    ['1\u202f400,00\u00a0€', 1400, 'EUR'],
    ['2\u2009500,00 €', 2500, 'EUR'],
    ['CHF 1’200.00', 1200, 'CHF'],
    ['1 250,00 zł', 1250, 'PLN'],
    ['2400,00 US$', 2400, 'USD'],
    ['US$ 3.150,00', 3150, 'USD'],
    ['150,00 R$', 150, 'BRL'],
    ['32,00 $US/h', 32, 'USD'],
    ['₹3,60,000.00', 360000, 'INR'],
    ['₹1,20,00,000', 12000000, 'INR'],
    ['INR 45,000', 45000, 'INR'],
  ])('%s -> %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each(['', 'Due Dec 5, 2026', 'Milestone 2', '40 hrs/week', 'USDC', 'Milestone 2 $', 'Chapters 3£'])('%j has no money', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});
