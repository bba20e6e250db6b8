import { describe, expect, it } from "vitest";
import {
  normalQuantile,
  regularisedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
} from "./student-t";

describe("studentTQuantile", () => {
  // Two-sided 95% critical values, as printed in any t table (3 decimals).
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [10, 2.228],
    [22, 2.074],
    [30, 2.042],
    [100, 1.984],
    [1000, 1.962],
  ])("t(0.975, df = %i) = %f", (df, tabulated) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(tabulated, 3);
  });

  it("tends to the normal 1.960 for large df", () => {
    expect(studentTQuantile(0.975, 1e5)).toBeCloseTo(1.96, 3);
    expect(studentTQuantile(0.975, 1e8)).toBeCloseTo(1.959964, 6);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959964, 6);
  });

  it("matches closed forms to 10 digits: Cauchy (df 1) and df 2", () => {
    // df = 1: t_p = tan(π(p - 1/2)). df = 2: t_p = (2p - 1) / √(2p(1 - p)).
    for (const p of [0.6, 0.9, 0.975, 0.995, 0.9999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 10);
    }
  });

  it("matches other tabulated quantiles, including fractional Welch df", () => {
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3); // 99% two-sided
    expect(studentTQuantile(0.95, 20)).toBeCloseTo(1.725, 3); // 90% two-sided
    expect(studentTQuantile(0.9995, 5)).toBeCloseTo(6.869, 3);
    // Between the neighbours t(0.975, 4) = 2.776 and t(0.975, 5) = 2.571 (R: qt(.975, 4.5) = 2.6589).
    expect(studentTQuantile(0.975, 4.5)).toBeCloseTo(2.6589, 4);
  });

  it("is symmetric around 0", () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
    expect(studentTQuantile(0.3, 3.7)).toBeCloseTo(-studentTQuantile(0.7, 3.7), 12);
  });

  it("inverts the distribution function", () => {
    for (const df of [1, 1.5, 3, 7.3, 40, 2500]) {
      for (const p of [0.55, 0.8, 0.975, 0.999]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });

  it("refuses probabilities outside (0, 1) and df <= 0", () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, -1)).toThrow(RangeError);
  });
});

describe("studentTCdf", () => {
  it("matches known values", () => {
    // df = 1 is the Cauchy distribution: P(T <= 1) = 1/2 + atan(1)/π = 0.75.
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    // df = 2: P(T <= t) = 1/2 + t / (2√(t² + 2)); t = 1 gives 1/2 + 1/(2√3) = 0.788675.
    expect(studentTCdf(1, 2)).toBeCloseTo(0.5 + 1 / (2 * Math.sqrt(3)), 12);
    expect(studentTCdf(0, 9)).toBe(0.5);
    expect(studentTCdf(-2.228, 10)).toBeCloseTo(0.025, 4);
  });
});

describe("normalQuantile", () => {
  it("matches the standard normal table", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(normalQuantile(0.841344746)).toBeCloseTo(1, 6); // Φ(1) = 0.841344746
  });
});

describe("regularisedIncompleteBeta", () => {
  it("matches closed forms", () => {
    // I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b.
    expect(regularisedIncompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 12);
    expect(regularisedIncompleteBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 12);
    // I_0.5(a, a) = 0.5 by symmetry.
    expect(regularisedIncompleteBeta(0.5, 7, 7)).toBeCloseTo(0.5, 12);
    expect(regularisedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularisedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});
