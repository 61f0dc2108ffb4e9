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
}

export type FaultKind = 'throttle' | 'unavailable' | 'notFound' | 'accessDenied' | 'hang';

export interface FaultRule {
  service?: ServiceName;
  operation?: string;
  fault: FaultKind;
  /** Default: every matching request. */
  times?: number;
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
  /** Milliseconds, performance.now()-based. */
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
  /** The first matching rule wins; `times` counts down. */
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  readonly data: EmulatorData;
  /** Drops open connections (releasing hung requests), then stops listening. */
  close(): Promise<void>;
}
