/** The PIPL notice the desk reads before taking a name and phone, as the office's settings make it today. */
export interface ConsentNotice {
  zh: string;
  en: string;
  retentionYears: number;
}
