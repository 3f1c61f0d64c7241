import { html } from './html';
import { page, type PrintableDocument } from './page';

/**
 * A page nobody sees, printed once when the printer is made ready: the first real print then finds the documents'
 * CJK faces (regular and bold) loaded in the page's renderer and Chromium's PDF writer started, instead of paying
 * for both while the supervisor waits. Set in the shared page frame, so it loads exactly the faces a sheet loads.
 */
export function warmUpDocument(): PrintableDocument {
  return page({
    title: '打印准备',
    orientation: 'portrait',
    footer: '来访客户登记表',
    body: html`<h1>来访客户登记表</h1>
      <table>
        <thead>
          <tr>
            <th>序号</th>
            <th>访客姓名</th>
            <th>接待顾问</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>1</td>
            <td>张伟 138 0000 0000</td>
            <td>首访 · 自然到访</td>
          </tr>
        </tbody>
      </table>`,
  });
}
