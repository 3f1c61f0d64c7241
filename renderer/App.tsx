import { useEffect } from 'react';
import { boardStore, useBoardStore } from './stores';

export function App() {
  useEffect(() => boardStore.getState().connect(), []);
  const board = useBoardStore((s) => s.board);
  return <main>{board ? board.officeName : '…'}</main>;
}
