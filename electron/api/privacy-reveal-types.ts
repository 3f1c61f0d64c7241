/** A client's whole numbers, shown for a moment to someone whose role allows it; the reveal is in the audit log. */
export interface RevealedPhones {
  clientId: number;
  ref: string;
  phones: string[];
}

/** The PIPL notice the desk reads before taking a name and phone, as the office's settings make it today. */
export interface ConsentNotice {
  zh: string;
  en: string;
  retentionYears: number;
}
