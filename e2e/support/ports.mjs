// Ports of the servers the browser tests start, apart from the development ones (4000, 3000,
// 3001) so the suite can run while `pnpm dev` is up. E2E_PORT_OFFSET moves all three, so two
// checkouts on one machine can run their browser tests at the same time.
const offset = Number.parseInt(process.env.E2E_PORT_OFFSET ?? "0", 10) || 0;

export const E2E = {
  apiPort: 4410 + offset,
  portalPort: 3410 + offset,
  adminPort: 3411 + offset,
};
export const E2E_URLS = {
  api: `http://127.0.0.1:${E2E.apiPort}`,
  portal: `http://127.0.0.1:${E2E.portalPort}`,
  admin: `http://127.0.0.1:${E2E.adminPort}`,
};
