import type { Messages } from "../i18n/messages-type";
import type { config } from "./messages";

export const ar: Messages<typeof config> = {
  "config.title": "إعدادات Learning Loop",
  "config.loading": "جارٍ تحميل إعدادات هذا الفريق…",
  "config.loadFailedHelp":
    "لا يزال بإمكانك إضافة علامة التبويب الآن وتغيير الإعدادات لاحقًا من «الإعدادات» في علامة التبويب، أو محاولة تحميلها مجددًا.",
  "config.reload": "إعادة تحميل الإعدادات",
  "config.intro":
    "تنطبق هذه الإعدادات على كل من في هذا الفريق أو هذه الدردشة. اختر «حفظ» لتخزينها وإضافة علامة التبويب.",
  "config.member":
    "مالكو هذا الفريق وحدهم يمكنهم تغيير هذه الإعدادات. ولا يزال بإمكانك إضافة علامة التبويب: اختر «حفظ».",
  "config.current": "الإعدادات الحالية",
  "config.name": "الاسم",
  "config.nameHint": "الاسم الذي يُظهره Learning Loop لهذا الفريق في البطاقات وملفات التصدير.",
  "config.rotation": "تناوب الأسئلة",
  "config.rotationHint":
    "السؤال المقترح للاجتماع اليومي في كل يوم من أيام الأسبوع. ويمكن للميسّر دائمًا اختيار سؤال آخر.",
  "config.customPrompts": "أسئلة فريقك",
  "config.unknownPrompt": "سؤال لم يعد موجودًا",
  "config.revealMode": "طريقة إظهار الإجابات الافتراضية",
  "config.reveal.live": "مباشرة",
  "config.reveal.live.hint": "تظهر الإجابات فور وصولها",
  "config.reveal.afterAnswer": "بعد الإجابة",
  "config.reveal.afterAnswer.hint": "يرى كل شخص إجابات الآخرين بعد أن يجيب",
  "config.reveal.onReveal": "عند الإظهار",
  "config.reveal.onReveal.hint": "تبقى الإجابات مخفية إلى أن يُظهرها الميسّر (القائد يتحدث أخيرًا)",
  "config.anonymousDefault": "إجابات مجهولة الهوية افتراضيًا",
  "config.pulse": "نبض الفريق",
  "config.pulse.off": "متوقف (يظل بإمكان مالكي الفريق بدؤه من اللوحة الجانبية)",
  "config.pulse.monthly": "شهريًا (يبدأ تلقائيًا مرة كل شهر)",
  "config.pulseHint":
    "استطلاع نبض مجهول الهوية عن الأمان النفسي من خمس عبارات. لا تظهر النتائج إلا كمتوسط للفريق، وبعد أن يجيب 5 أشخاص على الأقل.",
  "config.notifications": "الإشعارات",
  "config.notification.promptCard": "بطاقة السؤال في دردشة الاجتماع",
  "config.notification.roundSummary": "ملخص لحظة التعلّم في القناة",
  "config.notification.weeklyDigest": "الملخص الأسبوعي",
  "config.notification.checkBackReminder": "تذكيرات متابعة التجارب",
  "config.notification.meetingNudge": "تذكير داخل الاجتماع لمن لم يُجيبوا",
  "config.notification.afterAction": "بطاقات مراجعة ما بعد الحدث من أحداث خارجية",
  "config.notification.lessonTried": "بطاقات عندما يجرّب فريق آخر أحد دروسنا",
  "config.language": "لغة بطاقات الفريق",
  "config.languageHint":
    "تظهر البطاقات التي ينشرها Learning Loop في محادثة الفريق بهذه اللغة. ويرى كل شخص التطبيق نفسه بلغة Teams الخاصة به.",
  "config.timezone": "المنطقة الزمنية",
  "config.timezoneHint": "تحدد معنى «اليوم» و«هذا الأسبوع» في تناوب الأسئلة والسجل والرؤى.",
  "config.retention": "مدة الاحتفاظ بالسجل (بالأيام)",
  "config.retentionHint":
    "اتركه فارغًا للاحتفاظ بالسجل إلى أن يحذفه الفريق؛ وإلا فأدخل عدد أيام بين {min} و{max}.",
  "config.retentionPlaceholder": "الاحتفاظ حتى الحذف",
  "config.retentionForever": "إلى أن يحذفه الفريق",
  "config.retentionDays":
    "{count, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}",
  "config.saveHint": "تُخزَّن التغييرات عندما تختار «حفظ».",
  "config.yes": "نعم",
  "config.no": "لا",
  "config.none": "لا شيء",
  "config.cancel": "إلغاء",
  "config.deleting": "جارٍ الحذف…",
  "config.problem.nameRequired": "أدخل اسمًا للفريق.",
  "config.problem.nameTooLong": "الاسم طويل جدًا؛ الحد الأقصى لعدد الأحرف: {nameMax}.",
  "config.problem.retention": "أدخل عددًا صحيحًا من الأيام بين {min} و{max}، أو اترك الحقل فارغًا.",
  "config.problem.timezone": "اختر منطقة زمنية من القائمة.",
  "config.problem.unknownPrompt": "هذا السؤال لم يعد موجودًا. اختر سؤالًا آخر.",
  "config.save.stale": "غيّر شخص آخر هذه الإعدادات في أثناء تعديلك لها. أعد تحميلها وحاول مجددًا.",
  "config.save.staleHelp": "لم تُحفظ تغييراتك لأن الإعدادات تغيّرت في الأثناء.",
  "config.save.failed": "تعذّر حفظ الإعدادات.",
  "config.data": "بياناتك",
  "config.erase.explain":
    "احذف كل ما كتبته في هذا الفريق أو هذه الدردشة: إجاباتك (بما فيها مجهولة الهوية) وتفاعلاتك. وحيث يرد اسمك فقط، في لحظات التعلّم التي بدأتها والتجارب التي أنت مسؤول عنها، يُزال اسمك.",
  "config.erase.button": "حذف بياناتي في هذا الفريق",
  "config.erase.title": "هل تريد حذف بياناتك في هذا الفريق؟",
  "config.erase.confirm":
    "ستُحذف إجاباتك وتفاعلاتك هنا نهائيًا، ويُزال اسمك من لحظات التعلّم والتجارب. لا يمكن التراجع عن ذلك.",
  "config.erase.confirmButton": "حذف بياناتي",
  "config.erase.done":
    "تم: حُذفت {answers, plural, zero {لا إجابات} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}} و{reactions, plural, zero {لا تفاعلات} one {تفاعل واحد} two {تفاعلان} few {# تفاعلات} many {# تفاعلًا} other {# تفاعل}}، وأُزيل اسمك من {named, plural, zero {لا عناصر} one {عنصر واحد} two {عنصرين} few {# عناصر} many {# عنصرًا} other {# عنصر}}.",
  "config.purge.explain":
    "بصفتك مالكًا للفريق، يمكنك حذف كل بيانات Learning Loop الخاصة بهذا الفريق: كل لحظة تعلّم وإجابة وتجربة وإعداد.",
  "config.purge.button": "حذف كل بيانات Learning Loop لهذا الفريق",
  "config.purge.title": "هل تريد حذف كل بيانات Learning Loop لهذا الفريق؟",
  "config.purge.confirm":
    "ستُحذف نهائيًا لحظات التعلّم والإجابات والتفاعلات والتجارب والأسئلة والإعدادات الخاصة بهذا الفريق، للجميع. لا يمكن التراجع عن ذلك.",
  "config.purge.typeName": "للتأكيد، اكتب اسم الفريق: {name}",
  "config.purge.confirmButton": "حذف كل شيء",
  "config.purge.done":
    "حُذفت كل بيانات Learning Loop الخاصة بهذا الفريق، وعادت الإعدادات إلى قيمها الافتراضية.",
  "config.webhook.title": "Webhook مراجعات ما بعد الحدث",
  "config.webhook.explain":
    "يمكن لأدوات مثل مسار الإصدار أو نظام إدارة الحوادث بدء مراجعة ما بعد الحدث عند وقوع شيء ما، بالإرسال إلى نقطة نهاية الأحداث في Learning Loop مع توقيع الطلب بسرّ هذا الفريق.",
  "config.webhook.rotate": "إنشاء سرّ Webhook جديد",
  "config.webhook.rotating": "جارٍ الإنشاء…",
  "config.webhook.confirm":
    "يحل السرّ الجديد محل الحالي فورًا: ستتوقف الأدوات التي لا تزال تستخدم السرّ القديم عن العمل إلى أن تزوّدها بالجديد.",
  "config.webhook.confirmButton": "استبدال السرّ",
  "config.webhook.once": "انسخ السرّ الآن واحفظه في مخزن الأسرار لدى أداتك. لن يظهر إلا هذه المرة.",
  "config.webhook.secret": "سرّ Webhook",
  "config.webhook.copy": "نسخ السرّ",
  "config.webhook.copied": "تم النسخ.",
  "config.webhook.copyFailed": "النسخ غير مسموح هنا. حدّد السرّ واضغط Ctrl+C (أو ⌘C على Mac).",
  "config.webhook.hide": "إخفاء السرّ",
  "config.webhook.unsupported": "لا يوفّر خادم Learning Loop هذا أسرار Webhook بعد.",
  "config.webhook.noSecret": "ردّ الخادم دون سرّ.",
  "config.reviewLabel": "تسمية مشكلة GitHub التي تبدأ مراجعة",
  "config.reviewLabelHint":
    "إغلاق مشكلة تحمل هذه التسمية يبدأ مراجعة ما بعد الحدث. القيمة الافتراضية: incident.",
  "config.reviewTag": "علامة عنصر العمل في Azure DevOps التي تبدأ مراجعة",
  "config.reviewTagHint":
    "نقل عنصر عمل يحمل هذه العلامة إلى Closed أو Done يبدأ مراجعة ما بعد الحدث. القيمة الافتراضية: incident.",
  "config.problem.label": "استخدم من 1 إلى 50 حرفًا، دون فواصل منقوطة.",
  "config.sources.title": "مصادر مراجعات ما بعد الحدث",
  "config.sources.intro":
    "يمكن لـ GitHub أو Azure DevOps أو أدواتك الخاصة بدء مراجعة ما بعد الحدث عند وقوع شيء ما. يرسل كل منها إلى عنوانه الخاص أدناه، مع سرّ Webhook الخاص بهذا الفريق.",
  "config.sources.noSecret": "لا يوجد سرّ Webhook بعد: ينشئه أحد مالكي الفريق أدناه، ثم يزوّد به كل مصدر.",
  "config.sources.url": "عنوان {source}",
  "config.sources.copy": "نسخ العنوان",
  "config.sources.copyLabel": "نسخ عنوان {source}",
  "config.sources.starts": "الأحداث التي تبدأ مراجعة:",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "في المستودع، افتح Settings → Webhooks → Add webhook، واضبط Payload URL على هذا العنوان، وContent type على application/json، وSecret على سرّ Webhook الخاص بالفريق. ثم اختر الأحداث Releases وDeployment statuses وIssues.",
  "config.sources.github.release": "نشر إصدار",
  "config.sources.github.deployment": "فشل نشر أو حدوث خطأ فيه",
  "config.sources.github.issue": "إغلاق مشكلة تحمل التسمية «{label}»",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "في المشروع، افتح Project settings → Service hooks → Create subscription → Web Hooks، واضبط URL على هذا العنوان، وكلمة مرور Basic authentication على سرّ Webhook الخاص بالفريق (مع أي اسم مستخدم). أو أرسل السرّ في ترويسة HTTP المسماة X-LearningLoop-Secret.",
  "config.sources.azureDevOps.build": "فشل بناء (Build completed)",
  "config.sources.azureDevOps.deployment": "اكتمال نشر إصدار (Release deployment completed)",
  "config.sources.azureDevOps.run": "اكتمال تشغيل مسار (Run state changed)",
  "config.sources.azureDevOps.workItem":
    "نقل عنصر عمل يحمل العلامة «{tag}» إلى Closed أو Done (Work item updated)",
  "config.sources.generic.name": "أدواتك الخاصة (أحداث موقّعة)",
  "config.sources.generic.secret":
    'وقّع كل طلب بسرّ Webhook الخاص بالفريق في الترويسة {header}: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. يشرح ملف README الطريقة.',
  "config.sources.generic.any": "أي حدث ترسله (إصدار، حادثة، سبرنت، نشر، بناء، أو غير ذلك)",
  "config.sources.last.none": "لم يصل شيء بعد.",
  "config.sources.last.started": "آخر تسليم {time}: بدأ مراجعة.",
  "config.sources.last.repeated": "آخر تسليم {time}: أُرسل مجددًا، ولم يبدأ شيء جديد.",
  "config.sources.last.ignored": "آخر تسليم {time}: لم يبدأ شيئًا ({reason}).",
  "config.sources.last.refused": "آخر رفض {time}: {reason}.",
};
