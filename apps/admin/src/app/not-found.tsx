import { NotFoundContent } from "@openleave/web";

export default function NotFound() {
  return <NotFoundContent />;
}
