// Turning notifications on in this browser (Web Push), on the profile. Only when the person
// presses the button — never on page load — and only where the browser can take them: without
// JavaScript, a service worker or PushManager the button stays hidden.
"use strict";

(() => {
  const box = document.querySelector("[data-push]");
  if (!box || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  const button = box.querySelector("[data-push-button]");
  const result = box.querySelector("[data-push-result]");
  const csrf = document.querySelector('input[name="_csrf"]');
  box.hidden = false;

  // One of the outcomes the page carries in its language: on, denied, failed.
  function say(outcome) {
    result.className = outcome === "on" ? "alert alert-info" : "alert alert-error";
    result.textContent = box.dataset[outcome];
  }

  // The VAPID key as PushManager takes it: base64url to bytes.
  function bytes(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const raw = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  }

  async function subscription(registration) {
    const existing = await registration.pushManager.getSubscription();
    if (existing) return existing;
    const answer = await fetch("/api/v1/push/key", { credentials: "same-origin" });
    if (!answer.ok) throw new Error("no key");
    const { public_key: key } = await answer.json();
    return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(key) });
  }

  async function turnOn() {
    if ((await Notification.requestPermission()) !== "granted") return "denied";
    await navigator.serviceWorker.register("/sw.js");
    const registration = await navigator.serviceWorker.ready;
    const { endpoint, keys } = (await subscription(registration)).toJSON();
    const body = new URLSearchParams({ _csrf: csrf ? csrf.value : "", endpoint, p256dh: keys.p256dh, auth: keys.auth });
    const saved = await fetch("/profile/push", { method: "POST", body, credentials: "same-origin" });
    return saved.ok ? "on" : "failed";
  }

  button.addEventListener("click", async () => {
    button.disabled = true;
    result.className = "";
    result.textContent = "";
    try {
      say(await turnOn());
    } catch (e) {
      // The browser refused to subscribe (no push service reachable, a blocked permission).
      say(Notification.permission === "denied" ? "denied" : "failed");
    } finally {
      button.disabled = false;
    }
  });
})();
