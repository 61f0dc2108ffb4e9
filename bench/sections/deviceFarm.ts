// Device Farm's call rate against AWS's published quota (10 requests/s, burst 50, per account).
import { num, printTable, ratio, verdict } from '../table.js';

export interface DeviceFarmRate {
  /** Most calls started within any one second. */
  peak: number;
  /** Calls per second over the whole load. */
  sustained: number;
  /** ThrottlingException answers of the emulator. */
  throttled: number;
  /** Gateway answers carrying UPSTREAM_THROTTLED: throttling that reached a client. */
  throttledAnswers: number;
}

export function deviceFarmTable(title: string, rate: DeviceFarmRate, note = ''): void {
  printTable(
    title,
    ['', 'measured', 'target', 'ratio'],
    [
      ['peak calls in any one second', rate.peak, '≤ 50', ratio(rate.peak, 50)],
      ['sustained calls per second', num(rate.sustained), '≤ 10', ratio(rate.sustained, 10)],
      ['ThrottlingException answers (emulator)', rate.throttled, '', ''],
      ['answers with UPSTREAM_THROTTLED (clients)', rate.throttledAnswers, '0', ''],
    ],
    verdict(
      [
        [rate.peak <= 50, `peak ${rate.peak}/s (target ≤ 50)`],
        [rate.sustained <= 10, `sustained ${num(rate.sustained)}/s (target ≤ 10)`],
        [rate.throttledAnswers === 0, `${rate.throttledAnswers} throttled answers (target 0)`],
      ],
      note,
    ),
  );
}
