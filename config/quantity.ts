// Kubernetes resource quantities, read exactly as k8s.io/apimachinery/pkg/api/resource
// reads them (quantity.go ParseQuantity and suffix.go, v0.30.0):
//
//   <quantity>     ::= <signedNumber><suffix>
//   <number>       ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
//   <suffix>       ::= <binarySI> | <decimalExponent> | <decimalSI>
//   <binarySI>     ::= Ki | Mi | Gi | Ti | Pi | Ei
//   <decimalSI>    ::= n | u | m | "" | k | M | G | T | P | E
//   <decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber>   (a whole exponent)
//
// Values are kept as exact fractions (BigInt), so 100m of memory is 1/10 of a byte, not 0.

export const QUANTITY_GRAMMAR = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** An exact value `num / den` (den > 0). */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** The exact value of a quantity, or undefined when it is not in the grammar. */
export function parseQuantity(q: string): Fraction | undefined {
  const m = QUANTITY_GRAMMAR.exec(q);
  if (!m) return undefined;
  const [, number, , suffix = ''] = m;
  const negative = q.startsWith('-');
  const [whole, frac = ''] = number.split('.');
  let num = BigInt(`${whole || '0'}${frac}`) * (negative ? -1n : 1n);
  let den = 10n ** BigInt(frac.length);
  if (suffix in BINARY) {
    num *= 2n ** BigInt(BINARY[suffix]);
  } else {
    const exp = suffix in DECIMAL ? DECIMAL[suffix] : Number(suffix.slice(1));
    if (Math.abs(exp) > 1000) return undefined; // far beyond what the API server can hold
    if (exp >= 0) num *= 10n ** BigInt(exp);
    else den *= 10n ** BigInt(-exp);
  }
  return { num, den };
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`; both must parse. */
export function compareQuantities(a: string, b: string): number {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (!x || !y) throw new Error(`not a quantity: ${x ? b : a}`);
  const d = x.num * y.den - y.num * x.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The sum of quantities, as a fraction. */
export function sumQuantities(values: readonly string[]): Fraction {
  return values.reduce<Fraction>(
    (acc, v) => {
      const q = parseQuantity(v);
      if (!q) throw new Error(`not a quantity: ${v}`);
      return { num: acc.num * q.den + q.num * acc.den, den: acc.den * q.den };
    },
    { num: 0n, den: 1n },
  );
}

/** `a <= b` for fractions. */
export const fractionAtMost = (a: Fraction, b: Fraction): boolean => a.num * b.den <= b.num * a.den;

/** A fraction as a readable number, e.g. 2.5 or 1536Mi for bytes. */
export function formatFraction(f: Fraction, bytes: boolean): string {
  const value = Number(f.num) / Number(f.den);
  if (!bytes) return String(+value.toFixed(3));
  const mi = value / 2 ** 20;
  return Number.isInteger(mi) ? `${mi}Mi` : `${value}`;
}
