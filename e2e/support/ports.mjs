// Ports of the servers the browser tests start, apart from the development ones (4000, 3000,
// 3001) so the suite can run while `pnpm dev` is up.
export const E2E = {
  apiPort: 4410,
  portalPort: 3410,
  adminPort: 3411,
};
export const E2E_URLS = {
  api: `http://127.0.0.1:${E2E.apiPort}`,
  portal: `http://127.0.0.1:${E2E.portalPort}`,
  admin: `http://127.0.0.1:${E2E.adminPort}`,
};
