import { useT } from '../../../i18n';
import { Modal } from '../../../components/Modal';
import { printHtml } from '../../../lib/print-html';

/** The ruling as it will print (the backend's A4 template), with the system print dialog one tap away. */
export function RulingPreview({ html, onClose }: { html: string; onClose: () => void }) {
  const t = useT();
  return (
    <Modal title={t('disputes.ruling.previewTitle')} onClose={onClose} wide>
      <iframe className="ruling-preview" title={t('disputes.ruling.previewTitle')} sandbox="" srcDoc={html} />
      <div className="form__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button type="button" className="btn btn--primary btn--xl" onClick={() => void printHtml(html)}>
          {t('disputes.ruling.print')}
        </button>
      </div>
    </Modal>
  );
}
