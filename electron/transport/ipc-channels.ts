export const IPC_PREFIX = 'front-desk:';
export const PUSH_PREFIX = 'front-desk:push:';
export const APP_ORIGIN = 'app://front-desk';
