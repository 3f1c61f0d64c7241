import type { AssignMode } from '../domain/day-events';
import type { PolicyChoice, Preset, RotationPolicy } from '../domain/policy';
import type { ConsultantStatus, DirectedKind, Reason } from '../domain/reasons';

export type { AssignMode, ConsultantStatus, DirectedKind, PolicyChoice, Preset, Reason, RotationPolicy };
export type Role = 'consultant' | 'supervisor';

/** What anyone at the desk may see of a consultant. */
export interface ConsultantCard {
  id: number;
  name: string;
  initials: string;
  photo: string | null;
  role: Role;
}

/** What the supervisor manages. */
export interface StaffMember extends ConsultantCard {
  phone: string | null;
  active: boolean;
  createdAt: number;
  departedAt: number | null;
}

export interface BoardMember extends ConsultantCard {
  status: ConsultantStatus;
  statusSince: number;
  receptions: number;
  lunchDuty: boolean;
  /** 1-based place in the rotation; null when on leave. */
  position: number | null;
}

export interface BoardVisitor {
  visitId: number;
  label: string;
  arrivedAt: number;
  directedTo: string | null;
  reasons: Reason[];
}

export interface BoardAssignment {
  visitId: number;
  label: string;
  at: number;
  receivedBy: string;
  owner: string;
  mode: AssignMode;
  turnConsumed: boolean;
  standIn: boolean;
  reasons: Reason[];
}

export interface OwnerNotice {
  visitId: number;
  at: number;
  consultantId: number;
  consultantName: string;
  receivedBy: string;
  label: string;
}

export interface Board {
  day: string;
  officeName: string;
  now: number;
  version: number;
  suspended: boolean;
  inLunch: boolean;
  lunch: { from: string; to: string } | null;
  preset: { id: string; zh: string; en: string };
  next: BoardMember | null;
  queue: BoardMember[];
  onLeave: BoardMember[];
  waiting: BoardVisitor[];
  recent: BoardAssignment[];
  notices: OwnerNotice[];
  receptionsToday: number;
}

export interface ArrivalDecision {
  visitId: number;
  waiting: boolean;
  receivedBy: ConsultantCard | null;
  owner: ConsultantCard | null;
  turnConsumed: boolean;
  standIn: boolean;
  reasons: Reason[];
}

export interface StatusResult {
  status: ConsultantStatus;
  position: number | null;
  reasons: Reason[];
}

export interface Session {
  token: string;
  consultant: ConsultantCard;
}

export interface Roster {
  day: string;
  version: number;
  consultants: ConsultantCard[];
  order: number[];
  off: number[];
  lunchDuty: number[];
  lunch: { from: string; to: string } | null;
  standingOrder: number[];
}

export interface PolicyView {
  choice: PolicyChoice;
  resolved: RotationPolicy;
  presets: Preset[];
}

export interface DayLogEntry {
  id: number;
  at: number;
  type: string;
  actor: string | null;
  summary: { zh: string; en: string };
  reasons: Reason[];
}

export interface SetupState {
  needsSetup: boolean;
  officeName: string;
}
