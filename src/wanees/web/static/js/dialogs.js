// Modal dialogs on the native <dialog> (Esc closes, the page behind is inert), plus an explicit
// Tab/Shift+Tab wrap so focus never leaves an open dialog, and focus returned to the opener.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(dialog) {
  return [...dialog.querySelectorAll(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0 && !el.closest("[hidden]"),
  );
}

function trapTab(event) {
  if (event.key !== "Tab") return;
  const dialog = event.currentTarget;
  const items = focusables(dialog);
  if (items.length === 0) return;
  // Radio groups expose only their checked member to Tab.
  const tabbable = items.filter((el) => !(el.type === "radio" && !el.checked));
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Wire a <dialog> once. `dismissable: false` keeps Esc from closing it (the consent dialog). */
export function setupDialog(dialog, { dismissable = true, onClose } = {}) {
  dialog.addEventListener("keydown", trapTab);
  dialog.addEventListener("cancel", (event) => {
    if (!dismissable) event.preventDefault();
  });
  dialog.addEventListener("close", () => {
    const opener = dialog._opener;
    dialog._opener = null;
    onClose?.(dialog.returnValue);
    if (opener && document.contains(opener)) opener.focus();
  });
  if (dismissable) {
    // A click on the backdrop (outside the dialog box) closes it too.
    dialog.addEventListener("click", (event) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close("cancel");
    });
  }
}

export function openDialog(dialog, { focus } = {}) {
  if (dialog.open) return;
  dialog._opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.returnValue = "";
  dialog.showModal();
  const target = focus ? dialog.querySelector(focus) : focusables(dialog)[0];
  target?.focus();
}
