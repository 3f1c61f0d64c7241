import { reason } from '../reasons';

/** Why a record was offered as a probable returning client, in the words shown beside the check-in form. */
export const matchReasons = {
  phoneExact: () => reason('phoneExact', '电话与档案一致', 'Same phone as on file'),
  phoneHousehold: () =>
    reason('phoneHousehold', '同一电话,可能是一家人', 'Same phone under another name: probably the same household'),
  phoneLast4: () => reason('phoneLast4', '电话后四位相同', 'Same last four digits of the phone'),
  phonePrefix: (digits: number) =>
    reason('phonePrefix', `电话前${digits}位相同`, `The first ${digits} digits of the phone match`),
  phoneOneOff: () => reason('phoneOneOff', '电话仅差一位', 'The phone differs by one digit'),
  phoneDiffers: () => reason('phoneDiffers', '电话与档案不同', 'The phone differs from the one on file'),
  nameSame: () => reason('nameSame', '姓名相同', 'Same name'),
  nameSound: (pinyin: string) => reason('nameSound', `姓名读音相同(${pinyin})`, `The name sounds the same (${pinyin})`),
  nameFuzzy: (pinyin: string) =>
    reason('nameFuzzy', `姓名读音相近(${pinyin})`, `The name sounds alike, as in a southern accent (${pinyin})`),
  namePartial: (pinyin: string) =>
    reason('namePartial', `姓名开头读音相同(${pinyin})`, `The name starts with the same sound (${pinyin})`),
  nameTypo: () => reason('nameTypo', '姓名仅差一字', 'The name differs by one character'),
  nameScript: () =>
    reason('nameScript', '繁体/简体写法不同', 'Written once in traditional, once in simplified characters'),
  namePinyin: () => reason('namePinyin', '姓名为拼音输入', 'The name was typed in pinyin'),
};
