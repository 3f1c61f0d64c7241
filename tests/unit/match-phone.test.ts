import { describe, expect, it } from 'vitest';
import { isMainlandMobile, last4, maskPhone, normalizePhone, readPhoneInput } from '../../electron/domain/match/phone';

// Issue 4 §2: phones come with +86, 86, (+86), spaces, dashes, full-width digits, stray spaces; one stored form.
describe('a mainland mobile, however it is written, is stored as its 11 digits', () => {
  it.each([
    ['13812345678'],
    ['+86 138 1234 5678'],
    ['+8613812345678'],
    ['86 13812345678'],
    ['8613812345678'],
    ['(+86) 138-1234-5678'],
    ['（+86）138 1234 5678'],
    ['0086 138 1234 5678'],
    ['138-1234-5678'],
    ['138.1234.5678'],
    ['138 1234 5678'],
    [' 1 3 8 1 2 3 4 5 6 7 8 '],
    ['１３８１２３４５６７８'],
    ['＋８６ １３８－１２３４－５６７８'],
    ['Tel: 138 1234 5678'],
    ['138 1234 5678 (mobile)'],
    ['手机:13812345678。'],
    ['013812345678'],
  ])('reads %j as 13812345678', (typed) => {
    expect(normalizePhone(typed)).toBe('13812345678');
  });

  it('knows a mainland mobile: 11 digits from 13 to 19', () => {
    expect(isMainlandMobile('13812345678')).toBe(true);
    expect(isMainlandMobile('19912345678')).toBe(true);
    expect(isMainlandMobile('12812345678')).toBe(false);
    expect(isMainlandMobile('1381234567')).toBe(false);
    expect(isMainlandMobile('057188888888')).toBe(false);
  });
});

describe('other numbers are kept as typed, digits only', () => {
  it('writes a landline with its trunk 0, whether given with +86 or dialled at home', () => {
    expect(normalizePhone('0571-8888 8888')).toBe('057188888888');
    expect(normalizePhone('+86 571 8888 8888')).toBe('057188888888');
    expect(normalizePhone('+86 (0571) 8888-8888')).toBe('057188888888');
    expect(normalizePhone('0086 10 6512 3456')).toBe('01065123456');
  });

  it('keeps the + of a foreign number, reading a leading 00 as +', () => {
    expect(normalizePhone('+852 9123 4567')).toBe('+85291234567');
    expect(normalizePhone('00852 9123 4567')).toBe('+85291234567');
    expect(normalizePhone('+1 (415) 555-0100')).toBe('+14155550100');
  });

  it('reads a bare 86 as the country code only in front of a whole mobile', () => {
    expect(normalizePhone('86-571-8888-8888')).toBe('8657188888888');
    expect(normalizePhone('8888 8888')).toBe('88888888');
  });

  it('gives nothing for text without a digit, or a country code alone', () => {
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('  ')).toBeNull();
    expect(normalizePhone('没有')).toBeNull();
    expect(normalizePhone('+86')).toBeNull();
  });

  it('is stable: a stored phone normalizes to itself', () => {
    for (const phone of ['13812345678', '057188888888', '+85291234567', '8657188888888', '5678']) {
      expect(normalizePhone(phone)).toBe(phone);
    }
  });
});

describe('the last four digits and the masked phone', () => {
  it('takes the last four digits of any number', () => {
    expect(last4('13812345678')).toBe('5678');
    expect(last4('+85291234567')).toBe('4567');
    expect(last4('123')).toBeNull();
  });

  it('shows a mobile as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks other numbers the same way: first three and last four digits', () => {
    expect(maskPhone('057188888888')).toBe('057*****8888');
    expect(maskPhone('+85291234567')).toBe('+852****4567');
    expect(maskPhone('88888888')).toBe('888*8888');
  });

  it('shows only the last two digits of a short number', () => {
    expect(maskPhone('5678')).toBe('**78');
    expect(maskPhone('1234567')).toBe('*****67');
    expect(maskPhone('12')).toBe('12');
  });
});

describe('the phone field as the receptionist types it', () => {
  it('reads a whole mobile in any format', () => {
    expect(readPhoneInput('+86 138-1234-5678')).toEqual({ kind: 'mobile', phone: '13812345678' });
  });

  it('reads exactly four digits as the last four', () => {
    expect(readPhoneInput('5678')).toEqual({ kind: 'last4', digits: '5678' });
    expect(readPhoneInput('５６７８')).toEqual({ kind: 'last4', digits: '5678' });
    expect(readPhoneInput(' 56 78 ')).toEqual({ kind: 'last4', digits: '5678' });
  });

  it('reads five to ten digits starting with 1 as a mobile being typed', () => {
    expect(readPhoneInput('13812')).toEqual({ kind: 'prefix', digits: '13812' });
    expect(readPhoneInput('138-1234-567')).toEqual({ kind: 'prefix', digits: '1381234567' });
    expect(readPhoneInput('+86 138 12')).toEqual({ kind: 'prefix', digits: '13812' });
  });

  it('does not read four digits after a country code as a tail', () => {
    expect(readPhoneInput('+86 1381')).toEqual({ kind: 'short' });
  });

  it('reads a landline or a foreign number as a whole other number', () => {
    expect(readPhoneInput('0571-8888 8888')).toEqual({ kind: 'other', phone: '057188888888' });
    expect(readPhoneInput('+852 9123 4567')).toEqual({ kind: 'other', phone: '+85291234567' });
  });

  it('has nothing to look up in an empty field or too few digits', () => {
    expect(readPhoneInput(null)).toEqual({ kind: 'short' });
    expect(readPhoneInput(undefined)).toEqual({ kind: 'short' });
    expect(readPhoneInput('')).toEqual({ kind: 'short' });
    expect(readPhoneInput('138')).toEqual({ kind: 'short' });
    expect(readPhoneInput('57123')).toEqual({ kind: 'short' });
  });
});
