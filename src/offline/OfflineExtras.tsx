import { PrintView } from "./PrintView";
import { UpdatePrompt } from "./UpdatePrompt";
import "./offline.css";

/** What keeping the story needs in the page: the new-version notice and the printable list. */
export function OfflineExtras() {
  return (
    <>
      <UpdatePrompt />
      <PrintView />
    </>
  );
}
