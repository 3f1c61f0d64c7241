import { z } from 'zod';
import { anyone, method, returns } from '../contract-kit';
import type { ConsentNotice } from '../consent-types';

/** 个人信息告知: the notice the desk reads before registering a visitor (recorded with the visit by checkIn). */
export const consentContract = {
  getConsentNotice: method(anyone, z.object({}), returns<ConsentNotice>()),
};
