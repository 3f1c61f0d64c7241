/** A client's whole numbers, shown for a moment to someone whose role allows it; the reveal is in the audit log. */
export interface RevealedPhones {
  clientId: number;
  ref: string;
  phones: string[];
}
