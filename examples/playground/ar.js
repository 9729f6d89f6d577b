// Arabic for the strings a visitor sees first, so choosing Arabic in the playground shows a real
// right-to-left widget (kikubari has no built-in Arabic). Every one is editable in the playground,
// and the config to copy carries them under `strings.ar`. Keys missing here fall back to English.
// No `subtitle`: like English and Japanese, Arabic promises no reply time the site did not set
// (`handoff.replyTime`).
export const AR = {
  launcher: 'افتح المساعدة',
  title: 'المساعدة',
  accept: 'نعم، ساعدني',
  dismiss: 'لا شكرًا',
  why: 'لماذا أرى هذا؟',
  close: 'إغلاق',
  send: 'إرسال',
  input: 'اكتب سؤالك…',
  greeting: 'مرحبًا! كيف يمكننا مساعدتك؟',
  you: 'أنت',
  assistant: 'المساعد',
};
