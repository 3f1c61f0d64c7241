import { z } from 'zod';
import { STAFF_ROLES } from '../domain/roles';
import { method, returns, anyone, staffAsThemselves, supervisors } from './contract-kit';
import { PRESET_IDS, policyOverridesSchema } from '../domain/policy';
import { id, ids, lunch, note, optionalText, personName, photo, pin, status, token } from './schemas';
import type {
  ArrivalDecision,
  Board,
  DayLogEntry,
  PolicyView,
  Roster,
  Session,
  SetupState,
  StaffMember,
  StatusResult,
  ConsultantCard,
  CandidateView,
  CheckInPreview,
  CheckInResult,
  FollowUpView,
  MyClient,
  RegistrationView,
  OwnerAlert,
} from './types';
import { checkInInput, completion, registeredCheckIn } from './check-in-schemas';
import { peopleContract } from './contracts/people';
import { dailySheetContract } from './contracts/daily-sheet';
import { disputesContract } from './contracts/disputes';
import { reportsContract } from './contracts/reports';
import { exchangeContract } from './contracts/exchange';
import { backupsContract } from './contracts/backups';
import { auditContract } from './contracts/audit';
import { privacyContract } from './contracts/privacy';
import { lanContract } from './contracts/lan';
import { privacyRevealContract } from './contracts/privacy-reveal';
import { consentContract } from './contracts/consent';
import { printingContract } from './contracts/printing';

/**
 * The one API contract. Each method: who may call it, its zod input, its result type.
 * The IPC handlers, the HTTP routes, the preload bridge and the renderer client are all derived
 * from this object; a method missing from any of them is a compile error. Areas with many methods
 * declare them in contracts/<area>.ts and are spread in here.
 */
export const contract = {
  getSetup: method(anyone, z.object({}), returns<SetupState>()),
  setupOffice: method(
    anyone,
    z.object({ officeName: z.string().trim().min(1, { error: '请填写案场名称' }).max(60), name: personName, pin }),
    returns<Session>(),
  ),
  getBoard: method(anyone, z.object({}), returns<Board>()),
  listConsultants: method(anyone, z.object({}), returns<ConsultantCard[]>()),
  markVisitorLeft: method(anyone, z.object({ visitId: id }), returns<null>()),
  signIn: method(anyone, z.object({ consultantId: id, pin }), returns<Session>()),
  signOut: method(anyone, z.object({ token }), returns<null>()),

  setStatus: method(staffAsThemselves, z.object({ consultantId: id, pin, status }), returns<StatusResult>()),

  getRoster: method(supervisors, z.object({ token }), returns<Roster>()),
  setRoster: method(
    supervisors,
    z.object({
      token,
      order: ids,
      off: ids,
      lunchDuty: ids,
      lunch,
      saveAsStanding: z.boolean().default(false),
      /** The roster's stamp as read (getRoster). */
      basedOn: z.string().max(64),
    }),
    returns<Roster>(),
  ),
  /** basedOn: the queue order the supervisor was looking at. */
  reorderQueue: method(supervisors, z.object({ token, order: ids, note, basedOn: ids }), returns<null>()),
  skipTurn: method(supervisors, z.object({ token, consultantId: id, note }), returns<null>()),
  grantMakeup: method(supervisors, z.object({ token, consultantId: id, note }), returns<null>()),
  assignVisitor: method(
    supervisors,
    z.object({ token, visitId: id, consultantId: id, note }),
    returns<ArrivalDecision>(),
  ),
  setRotationSuspended: method(supervisors, z.object({ token, suspended: z.boolean(), note }), returns<null>()),
  getPolicy: method(supervisors, z.object({ token }), returns<PolicyView>()),
  setPolicy: method(
    supervisors,
    z.object({
      token,
      preset: z.enum(PRESET_IDS),
      overrides: policyOverridesSchema,
      note,
    }),
    returns<PolicyView>(),
  ),
  listStaff: method(supervisors, z.object({ token }), returns<StaffMember[]>()),
  saveConsultant: method(
    supervisors,
    z.object({
      token,
      id: id.nullable().default(null),
      name: personName,
      phone: optionalText(30),
      role: z.enum(STAFF_ROLES),
      photo,
      pin: pin.nullable().default(null),
    }),
    returns<StaffMember>(),
  ),
  /** 离职: successorId takes over the clients; null sends them back to the office pool. */
  deactivateConsultant: method(
    supervisors,
    z.object({ token, id, note, successorId: id.nullable().default(null) }),
    returns<StaffMember>(),
  ),
  getDayLog: method(supervisors, z.object({ token }), returns<DayLogEntry[]>()),

  /** Live, as the receptionist types: probable returning clients with the reasons they match. */
  findCandidates: method(
    anyone,
    z.object({ name: optionalText(40), phone: optionalText(30) }),
    returns<CandidateView[]>(),
  ),
  previewCheckIn: method(anyone, checkInInput, returns<CheckInPreview>()),
  /** Registration and reception in one transaction. */
  checkIn: method(anyone, registeredCheckIn, returns<CheckInResult>()),
  completeRegistration: method(anyone, completion, returns<RegistrationView>()),
  listIncompleteRegistrations: method(supervisors, z.object({ token }), returns<RegistrationView[]>()),

  acknowledgeAlert: method(staffAsThemselves, z.object({ consultantId: id, pin, alertId: id }), returns<null>()),
  listMyClients: method(staffAsThemselves, z.object({ consultantId: id, pin }), returns<MyClient[]>()),
  logFollowUp: method(
    staffAsThemselves,
    z.object({
      consultantId: id,
      pin,
      clientId: id,
      channel: z.enum(['phone', 'wechat', 'sms', 'visit']),
      content: z.string().trim().min(1, { error: '请填写跟进内容' }).max(1000),
      reaction: optionalText(200),
    }),
    returns<FollowUpView[]>(),
  ),
  /** 认领: an owner recognises their client whom the rotation received as new, within the window. */
  claimVisit: method(staffAsThemselves, z.object({ consultantId: id, pin, visitId: id }), returns<CheckInResult>()),
  overrideOwner: method(supervisors, z.object({ token, clientId: id, consultantId: id, note }), returns<null>()),
  ...peopleContract,
  ...dailySheetContract,
  ...disputesContract,
  ...reportsContract,
  ...exchangeContract,
  ...backupsContract,
  ...auditContract,
  ...privacyContract,
  ...lanContract,
  ...privacyRevealContract,
  ...consentContract,
  ...printingContract,
};

/** Pushes from the backend to every screen. */
export const pushes = {
  boardChanged: returns<{ version: number }>(),
  /** The moment an owner's client walks in: every screen chimes, the kiosk shows a system notification. */
  ownerAlerted: returns<OwnerAlert & { consultantName: string }>(),
  /** A device paired or revoked (docs/lan.md): the LAN tab and the kiosk's pairing code refresh. */
  lanDevicesChanged: returns<{ deviceId: number; change: 'paired' | 'revoked' }>(),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
export type PushName = keyof typeof pushes;
export type PushPayload<P extends PushName> = (typeof pushes)[P];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const PUSH_NAMES = Object.keys(pushes) as PushName[];

/** The API as the renderer sees it, whichever transport carries it. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<Awaited<MethodResult<M>>> } & {
  onPush<P extends PushName>(name: P, listener: (payload: PushPayload<P>) => void): () => void;
};
