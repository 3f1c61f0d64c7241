import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { PRESET_IDS, policyChoiceSchema, policyOverridesSchema } from '../domain/policy';
import { isValidDay } from '../domain/office-time';
import { CliInputError } from './input-error';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 HH:MM' });
const name = z.string().trim().min(1, { error: '姓名不能为空' });
const note = z.string().trim().min(1).default('回放');

const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 YYYY-MM-DD HH:mm' })
  .refine((t) => isValidDay(t.slice(0, 10)), { error: '日期无效' });

/**
 * A visitor as the desk registers them. Without gender and needs the registration is incomplete,
 * as at the desk: the visit is received, but it is no evidence of ownership (未登记视为新客户).
 */
const visitor = z
  .object({
    name: z.string().nullable().default(null),
    phone: z.string().nullable().default(null),
    gender: z.enum(['male', 'female']).nullable().default(null),
    needs: z.string().nullable().default(null),
  })
  .default({ name: null, phone: null, gender: null, needs: null });

const arrival = z.object({
  at: clock,
  type: z.literal('arrival'),
  id: z.string().min(1),
  visitor,
  partySize: z.int().min(1).max(50).default(1),
  answers: z
    .object({
      beenBefore: z.boolean().nullable().default(null),
      namedConsultant: name.nullable().default(null),
      appointmentWith: name.nullable().default(null),
      referredBy: z
        .union([
          z.object({ client: z.string().min(1) }),
          z.object({ name: z.string().nullable().default(null), phone: z.string().nullable().default(null) }),
        ])
        .nullable()
        .default(null),
      accompanied: z.boolean().default(false),
    })
    .default({ beenBefore: null, namedConsultant: null, appointmentWith: null, referredBy: null, accompanied: false }),
});

/** A client already on file before the replayed day. */
const client = z.object({
  ref: z.string().min(1),
  name,
  phone: z.string().min(1),
  owner: name.nullable().default(null),
  lastVisit: dateTime,
  lastFollowUp: dateTime.nullable().default(null),
});

const event = z.discriminatedUnion(
  'type',
  [
    arrival,
    z.object({
      at: clock,
      type: z.literal('status'),
      consultant: name,
      status: z.enum(['available', 'away_work', 'away_personal', 'leave']),
    }),
    z.object({ at: clock, type: z.literal('done'), consultant: name }),
    z.object({ at: clock, type: z.literal('left'), id: z.string().min(1) }),
    z.object({ at: clock, type: z.literal('reorder'), order: z.array(name), note }),
    z.object({ at: clock, type: z.literal('skip'), consultant: name, note }),
    z.object({ at: clock, type: z.literal('makeup'), consultant: name, note }),
    z.object({ at: clock, type: z.literal('assign'), id: z.string().min(1), consultant: name, note }),
    z.object({
      at: clock,
      type: z.literal('supervisor'),
      action: z.literal('assign'),
      visit: z.string().min(1),
      consultant: name,
      reason: note,
    }),
    z.object({ at: clock, type: z.literal('followUp'), consultant: name, client: z.string().min(1) }),
    z.object({ at: clock, type: z.literal('claim'), consultant: name, visit: z.string().min(1) }),
    z.object({ at: clock, type: z.literal('suspend'), note }),
    z.object({ at: clock, type: z.literal('resume'), note }),
    z.object({
      at: clock,
      type: z.literal('policy'),
      preset: z.enum(PRESET_IDS),
      overrides: policyOverridesSchema.default({}),
      note,
    }),
  ],
  {
    error:
      '事件类型应为 arrival、status、done、left、reorder、skip、makeup、assign、supervisor、followUp、claim、suspend、resume、policy 之一',
  },
);

export const replayFileSchema = z.object({
  policy: policyChoiceSchema.default({ preset: 'default', overrides: {} }),
  date: z.string().refine(isValidDay, { error: '日期格式应为 YYYY-MM-DD' }),
  timeZone: z.string().default('Asia/Shanghai'),
  consultants: z
    .array(
      z.object({
        name,
        lunchDuty: z.boolean().default(false),
        active: z.boolean().default(true),
        role: z.enum(['consultant', 'supervisor']).default('consultant'),
      }),
    )
    .min(1, { error: '至少需要一位顾问' }),
  lunch: z.object({ from: clock, to: clock }).nullable().default(null),
  clients: z.array(client).default([]),
  events: z.array(event),
});

export type ReplayFile = z.output<typeof replayFileSchema>;
export type ReplayEvent = ReplayFile['events'][number];

export class ReplayFileError extends CliInputError {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayFileError';
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where in the file a JSON path is, as "第 L 行": the deepest part of the path that exists. */
export function locate(text: string, path: (string | number)[]): string {
  const root = parseTree(text);
  if (!root) return '';
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return `第 ${lineAt(text, node.offset)} 行`;
  }
  return '';
}

/** Parses and validates a replay file; every problem names its line and field. */
export function parseReplayFile(text: string): ReplayFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first || !root) {
    const where = first ? `第 ${lineAt(text, first.offset)} 行` : '';
    throw new ReplayFileError(
      `回放文件不是有效的 JSON:${where} ${first ? printParseErrorCode(first.error) : ''}`.trim(),
    );
  }
  const parsed = replayFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return `${locate(text, path)} 字段 ${path.join('.') || '(根)'}:${issue.message}`;
    });
    throw new ReplayFileError(`回放文件有误:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
