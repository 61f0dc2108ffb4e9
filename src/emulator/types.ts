// The emulator's public contract. Object shapes come from the SDK clients themselves, so the
// seeded store can be compared with what a client decodes, field for field.
import type {
  Device,
  Project,
  RemoteAccessSession,
  TestGridProject,
  TestGridSession,
} from '@aws-sdk/client-device-farm';
import type { LaunchProfile, StreamingImage, StreamingSession, Studio } from '@aws-sdk/client-nimble';
import type {
  DevEnvironmentSessionSummary,
  DevEnvironmentSummary,
  ProjectSummary,
  SpaceSummary,
} from '@aws-sdk/client-codecatalyst';

import type { Hold, HoldMatch } from './holds.js';

export type ServiceName = 'deviceFarm' | 'nimble' | 'codeCatalyst';

export interface EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 1. The same seed gives byte-identical data. */
  seed?: number;
  /** Sessions of each kind (remote access, test grid, streaming, dev environment). Default 200. */
  sessionsPerKind?: number;
  /** Delay added to every service call. Default 0. */
  latencyMs?: number;
  /**
   * Default page sizes, by operation name. `ListProjects` exists in Device Farm and CodeCatalyst:
   * a bare name applies to both, `deviceFarm.ListProjects` / `codeCatalyst.ListProjects` to one.
   */
  pageSizes?: Partial<Record<string, number>>;
  /**
   * Per-account request quotas (token buckets), off by default. `'published'` is Device Farm's
   * published 10 requests per second with a burst of 50 (PUBLISHED_QUOTAS).
   */
  quotas?: Quotas | 'published';
  /**
   * Monotonic milliseconds; default `performance.now()`. It drives the quotas' token buckets, the
   * request log's times and the virtual clock of changes (a stop). Delays (latency, `slow`, `hang`)
   * stay real timers.
   */
  clock?: () => number;
}

/** A token bucket: `burst` tokens at most, refilled at `ratePerSecond`; a call takes one. */
export interface QuotaLimit {
  ratePerSecond: number;
  burst: number;
}

/** Each named service meters its List* and Get* calls, one bucket per caller account and operation. */
export type Quotas = Partial<Record<ServiceName, QuotaLimit>>;

/** The faults answered with the service's own error (see errors.ts faultError). */
export type ErrorFault = 'throttle' | 'unavailable' | 'notFound' | 'accessDenied';

/**
 * Service error answers (throttle … accessDenied), and what a hostile network or a broken front
 * end does: `hang` (no answer), `reset` (the socket destroyed), `html` (a load balancer's 502
 * page), `truncated` (200, the JSON cut short), `wrongShape` (200, valid JSON whose lists and
 * objects have the wrong type), `slow` (the normal answer after `ms`).
 */
export type FaultKind =
  | ErrorFault
  | 'hang'
  | 'reset'
  | 'html'
  | 'truncated'
  | 'wrongShape'
  | 'slow';

export interface FaultRule {
  service?: ServiceName;
  operation?: string;
  fault: FaultKind;
  /** Default: every matching request. Counts the requests the rule faulted. */
  times?: number;
  /**
   * The chance (above 0, at most 1) that the rule faults a matching request; default 1. Drawn from
   * a stream seeded by the emulator's seed and the rule's position, so a seed repeats the sequence.
   */
  rate?: number;
  /** `slow` only (and required there): the delay before the normal answer, in milliseconds. */
  ms?: number;
}

export interface RequestLogEntry {
  seq: number;
  service: ServiceName;
  operation: string;
  method: string;
  path: string;
  /** Body + query + path labels, as received. */
  params: Record<string, unknown>;
  /** 0 when no response was sent (a hung request ended by the client or by close()). */
  status: number;
  errorType?: string;
  /** The injected fault that shaped the answer; a quota's throttling has none. */
  fault?: FaultKind;
  /** Milliseconds from the emulator's clock (performance.now() by default); a quota charges a call at startedAt. */
  startedAt: number;
  endedAt: number;
}

export interface LatencyMatch {
  service?: ServiceName;
  operation?: string;
}

/** Read-only views of the seeded store; lists are newest first, as the services return them. */
export interface EmulatorData {
  readonly deviceFarm: {
    readonly projects: readonly Project[];
    readonly testGridProjects: readonly TestGridProject[];
    /** The device catalog sessions draw from. */
    readonly devices: readonly Device[];
    remoteAccessSessions(projectArn: string): RemoteAccessSession[];
    testGridSessions(projectArn: string): TestGridSession[];
  };
  readonly nimble: {
    readonly studios: readonly Studio[];
    launchProfiles(studioId: string): LaunchProfile[];
    streamingImages(studioId: string): StreamingImage[];
    streamingSessions(studioId: string): StreamingSession[];
    /** Identity Store user ids that create and own the studio's sessions. */
    users(studioId: string): string[];
  };
  readonly codeCatalyst: {
    readonly spaces: readonly SpaceSummary[];
    projects(spaceName: string): ProjectSummary[];
    /** Without `projectName`, every dev environment of the space. */
    devEnvironments(spaceName: string, projectName?: string): DevEnvironmentSummary[];
    sessions(spaceName: string, projectName: string, devEnvironmentId: string): DevEnvironmentSessionSummary[];
  };
}

export interface Emulator {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** Every request served, in arrival order (a hung one appears when it ends). */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
  /** Without `match`, the delay for every call; with it, for the matching calls only. */
  setLatency(ms: number, match?: LatencyMatch): void;
  /** Holds matching calls (after their latency) until released; see holds.ts. */
  hold(match: HoldMatch): Hold;
  /** The first matching rule wins; `times` counts down. */
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Replaces the quotas (every bucket starts full); services not named are not metered. */
  setQuotas(quotas: Quotas | 'published'): void;
  clearQuotas(): void;
  readonly data: EmulatorData;
  /** Drops open connections (releasing hung requests), then stops listening. */
  close(): Promise<void>;
}
