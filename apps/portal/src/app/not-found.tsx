import { NotFoundContent } from "@openleave/web";
import { getMessages } from "@/i18n/server";

export default async function NotFound() {
  const { t } = await getMessages();
  return <NotFoundContent messages={t.notFound} homeLabel={t.common.goHome} />;
}
