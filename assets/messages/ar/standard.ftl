# الكلمات التي يراها الشباب، باللغة العربية. ترجمة assets/messages/en/standard.ftl:
# تبقى المعرّفات والفراغات (مثل { $organisation }) كما هي.

## كل صفحة

language-name = العربية
skip-link = انتقل إلى المحتوى الرئيسي
header-help = هل تحتاج إلى التحدث مع شخص الآن؟
footer-help = احصل على المساعدة الآن
footer-display-options = خيارات العرض
footer-language = اللغة
footer-accessibility = إمكانية الوصول
footer-all-surveys = كل الاستبيانات
footer-anonymous = إجاباتك مجهولة الهوية. لا نسألك أبدًا عن اسمك.
footer-run-by = تديره { $organisation }.
footer-contact = للتواصل:
footer-privacy-notice = إشعار الخصوصية
title-error = خطأ: { $title }
back = رجوع
continue = متابعة
error-summary-title = هناك مشكلة
# Said by screen readers before the words of a problem next to a field.
error-prefix = خطأ:

## مساعدة القراءة فوق السؤال

reading-help = مساعدة في القراءة
switch-to-easy-read = التبديل إلى النص السهل القراءة
switch-to-standard = التبديل إلى الكلمات العادية
display-options-link = خيارات العرض: حجم النص والألوان
language-link = لغات أخرى
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة

## اختيار اللغة

language-title = اختر لغة
language-intro = ستكون الصفحات بهذه اللغة على هذا الجهاز حتى تغلق المتصفح. نتذكر اختيارك، لكننا لا نعرف من أنت.
language-legend = اللغة
language-save = استخدم هذه اللغة
language-cancel = ارجع دون تغيير

## الصفحة الرئيسية

home-title = قل رأيك
home-lead = أخبرنا بما تفكر فيه. إجاباتك مجهولة الهوية وتساعد في تقرير ما يتغير للشباب.
home-none-open = لا توجد استبيانات مفتوحة الآن. يرجى العودة لاحقًا.
home-open-heading = الاستبيانات المفتوحة الآن
home-findings-heading = ماذا حدث بعد أن أخبرتنا
home-findings-link = اقرأ ما قاله الشباب في الاستبيانات السابقة وما تم فعله بشأنه

## خيارات العرض

display-title = خيارات العرض
display-saved = تم حفظ خيارات العرض على هذا الجهاز.
display-go-back = ارجع إلى حيث كنت
display-intro = غيّر شكل الصفحات على هذا الجهاز. نتذكر اختيارك، لكننا لا نعرف من أنت.
display-text-size = حجم النص
display-size-normal = عادي
display-size-large = كبير
display-size-extra-large = كبير جدًا
display-colours = الألوان والمسافات
display-high-contrast = تباين عالٍ: كلمات بيضاء وصفراء على خلفية سوداء
display-dyslexia = مناسب لعسر القراءة: مسافات أكبر بين الحروف والأسطر، على خلفية كريمية
display-save = احفظ خيارات العرض
display-cancel = ارجع دون تغيير

## صفحة البداية

start-easy-read-version = نسخة سهلة القراءة من هذه الصفحة
start-standard-version = النسخة العادية من هذه الصفحة
start-privacy-heading = إجاباتك خاصة
start-who-heading = من يسأل
start-who = تدير هذا الاستبيان { $organisation }.
start-contact = إذا كان لديك سؤال عنه، تواصل مع
start-privacy-notice = اقرأ كيف تحافظ { $organisation } على إجاباتك (إشعار الخصوصية)
start-already = لقد بدأت هذا الاستبيان بالفعل على هذا الجهاز.
start-carry-on = تابع من حيث توقفت
start-format-heading = كيف تحب أن تقرأ الأسئلة؟
start-format-standard = عادي
start-format-easy-read = سهل القراءة: جمل قصيرة ونص أكبر وصور
start-now = ابدأ الآن
start-before-heading = هل بدأت من قبل؟
start-before = إذا حفظت إجاباتك،
start-carry-on-with-code = تابع باستخدام رمز الاستئناف

## السؤال

question-progress = السؤال { $number } من { $total }
question-or = أو
question-skip = لا أريد أن أقول
question-other-label = إذا اخترت «{ $answer }»، يمكنك أن تخبرنا بالمزيد (اختياري)
question-other-hint = حتى { $limit } حرفًا.
question-free-text-hint = يمكنك كتابة حتى { $limit } حرف. إذا كنت لا تريد الإجابة، اختر «لا أريد أن أقول».
question-sign-video = شاهد هذا السؤال بلغة الإشارة البريطانية (BSL)
save-for-later = احفظ وارجع لاحقًا

## عندما تحتاج الإجابة إلى تصحيح

fix-skip-with-answers = اختر إجاباتك أو «لا أريد أن أقول»، وليس كليهما
fix-nothing-chosen-one = اختر إجابة واحدة، أو اختر «لا أريد أن أقول»
fix-nothing-chosen-many = اختر إجابة واحدة على الأقل، أو اختر «لا أريد أن أقول»
fix-exclusive = لا يمكن اختيار «{ $answer }» مع إجابات أخرى. اختر «{ $answer }» وحدها، أو اختر الإجابات الأخرى بدونها
fix-too-long = يجب ألا تزيد إجابتك عن { $limit } حرف. فيها الآن { $length } حرفًا

## تحقق من إجاباتك

check-title = تحقق من إجاباتك قبل إرسالها
check-change = غيّر
check-change-hidden = إجابتك عن: { $question }
check-send-heading = أرسل إجاباتك الآن
check-send = عندما ترسل إجاباتك لا يمكنك تغييرها. لن يعرف أحد أنها إجاباتك.
check-send-button = أرسل إجاباتي

## شكرًا لك

done-title = تم إرسال إجاباتك
done-heading = شكرًا لك
done-sent = تم إرسال إجاباتك.
done-anonymous = نحن لا نعرف من أنت، ولا يستطيع أحد أن يعرف أي الإجابات هي إجاباتك.
done-next-heading = ماذا سيحدث بعد ذلك
done-next = سيقرأ الشباب في VOXY، مجلس الشباب في أوكسفوردشاير، وفريق المشاركة والاستشارات كل إجابة. سيخبرون مجلس Children's Trust بما قاله الشباب، وسينشرون ما سيتغير بسبب ذلك.
talk-heading = هل تحتاج إلى التحدث مع شخص الآن؟
done-talk = إذا أقلقك أو أزعجك أي شيء في هذا الاستبيان، يمكنك التحدث مع شخص ما. هذا مجاني.

## المساعدة

help-title = هل تحتاج إلى التحدث مع شخص الآن؟
help-lead = لست مضطرًا للتعامل مع الأمور وحدك. هؤلاء الأشخاص سيستمعون إليك. التحدث معهم مجاني ولا تحتاج إلى ذكر اسمك.
help-adult = يمكنك أيضًا التحدث مع شخص بالغ تثق به، مثل معلم أو عامل شباب أو طبيب أو أحد أفراد عائلتك.
help-saved = إجاباتك حتى الآن محفوظة.
support-childline-name = Childline
support-childline-what = مجاني وسري، في أي وقت من النهار أو الليل، لكل من هم دون 19 عامًا. يمكنك أيضًا الدردشة عبر الإنترنت على childline.org.uk (بالإنجليزية).
support-emergency-name = خدمات الطوارئ
support-emergency-what = إذا كنت أنت أو شخص آخر في خطر الآن.

# The printed poster that invites young people to the survey
poster-scan = امسح الرمز بكاميرا هاتفك، أو اذهب إلى:
poster-time = يستغرق حوالي 10 دقائق. لا نسألك عن اسمك أبدًا.
poster-help = هل تحتاج إلى التحدث مع أحد الآن؟ اتصل بـ Childline مجانًا على 0800 1111.
poster-qr-code = رمز QR للاستبيان

## الحفظ والمتابعة لاحقًا

saved-title = تم حفظ إجاباتك
saved-code-intro = هذا هو رمز الاستئناف الخاص بك:
saved-how-long = اكتبه أو التقط صورة له. يمكنك استخدامه مرة واحدة، على أي هاتف أو حاسوب، خلال الأيام الـ { $days } القادمة.
saved-how-to = للمتابعة لاحقًا، اذهب إلى هذا الاستبيان واختر «تابع باستخدام رمز الاستئناف». لا تشارك رمزك مع أحد.
carry-on-now = تابع الآن
resume-title = أدخل رمز الاستئناف
resume-hint = هو أربع كلمات إنجليزية ورقم، مثل «otter lemon cloud river 4721».
resume-button = تابع
resume-empty = أدخل رمز الاستئناف
resume-wrong-shape = رمز الاستئناف هو أربع كلمات ورقم، مثل «otter lemon cloud river 4721»
resume-not-found = لم نجد إجابات محفوظة لهذا الرمز. تحقق من الكلمات والرقم. يعمل الرمز مرة واحدة، لمدة { $days } يومًا
wait-title = يرجى الانتظار قبل المحاولة مرة أخرى
wait-paused = تمت تجربة رموز كثيرة في وقت قصير، لذلك أوقفنا ذلك مؤقتًا لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. هذا يحافظ على أمان الإجابات المحفوظة للجميع.
wait-saved = إجاباتك المحفوظة ما زالت موجودة. جرّب رمزك مرة أخرى بعد التوقف.
wait-start-again = أو يمكنك بدء الاستبيان من جديد.
go-to-survey-start = اذهب إلى بداية الاستبيان

## عندما يحدث خطأ

not-found-title = الصفحة غير موجودة
not-found = إذا كتبت عنوان الصفحة، تأكد من أنه صحيح. إذا اتبعت رابطًا إلى استبيان، فربما نُقل الاستبيان.
expired-title = انتهت صلاحية هذا النموذج
expired = لأمانك، تعمل النماذج لفترة محدودة فقط وتحتاج إلى تفعيل ملفات تعريف الارتباط. ارجع، وحدّث الصفحة، ثم حاول مرة أخرى. إجاباتك المحفوظة باقية.
not-allowed-title = لا يمكن لهذه الصفحة فعل ذلك
not-allowed = ارجع وحاول مرة أخرى باستخدام الأزرار الموجودة في الصفحة.
too-much-title = هذا أكثر مما يمكن إرساله
too-much = ارجع وأرسل أقل: يمكن أن تصل الإجابات إلى 2000 حرف، والملفات إلى 32 ميغابايت.
wrong-title = عذرًا، كان هناك خطأ في هذا الطلب
wrong = ارجع وحاول مرة أخرى.
wrong-reason = لم نتمكن من استخدام ما تم إرساله: { $reason }.
wrong-buttons = ارجع وحاول مرة أخرى باستخدام الأزرار الموجودة في الصفحة.
broken-title = عذرًا، هناك مشكلة في الخدمة
broken = حاول مرة أخرى لاحقًا. أي إجابات حفظتها بالفعل باقية.
go-to-start = اذهب إلى البداية
closed-title = تم إغلاق هذا الاستبيان
closed-thanks = شكرًا لرغبتك في المشاركة في { $survey }.
closed-next = لم يعد الاستبيان يستقبل إجابات. انتظر الاستبيان القادم، أو شاهد
closed-open-now = الاستبيانات المفتوحة الآن

## التقارير: الكلمات حول كل تقرير، وتقرير «قلتم لنا» بلغة سهلة القراءة

report-links = روابط التقرير
report-published-by = تنشره { $publisher }
report-prepared-on = أُعدّ في { $date }
report-contents = المحتويات
report-note = ملاحظة:
report-you-said = قلتم:
report-we-did = فعلنا:
action-label-planned = سنقوم بـ:
action-label-doing = نقوم الآن بـ:
action-label-done = فعلنا:
action-label-dropped = خططنا لـ:
action-status-planned = مخطط له، حتى { $date }.
action-status-doing = قيد التنفيذ، حتى { $date }.
action-status-done = تم.
action-status-dropped = لن يتم تنفيذه.
report-page = صفحة
report-of = من
report-footer = صُنع باستخدام youthvoice. أجاب الشباب دون ذكر أسمائهم. لا نعرض الأعداد الصغيرة.
report-status = الإصدار { $version }، نُشر في { $date }
report-all-findings = كل النتائج
report-download-pdf = تنزيل بصيغة PDF
findings-title = ما قاله لنا الشباب
findings-lead = في كل عام يخبرنا الشباب في أوكسفوردشاير بما يفكرون فيه. إليك ما قالوه، وما يتم فعله حيال ذلك.
findings-none = لم تُنشر أي نتائج بعد. يُرجى العودة لاحقًا.
findings-pdf = PDF
findings-of = – { $title }
findings-earlier = إصدارات سابقة:
findings-version = الإصدار { $version }
findings-you-said-we-did = قلتم، وفعلنا
report-you-said-title = قلتم لنا: استبياننا { $year }
report-you-said-subtitle = ما قاله لنا الشباب، بلغة سهلة القراءة
report-about-heading = عن هذا التقرير
report-answered = أجاب { $count } من الشباب على استبياننا في { $year }.
report-answered-few = أجاب أقل من { $threshold } من الشباب على استبياننا في { $year }.
report-thanks = شكرًا لأنكم أخبرتمونا برأيكم.
report-what-it-says = يخبركم هذا التقرير بما قلتموه. ويخبركم بما سيحدث بعد ذلك.
report-told-heading = ما أخبرتمونا به
report-measure-tenths = { $question } حوالي { $tenths } من كل 10 من الشباب اختاروا { $answers }.
report-measure-under-one = { $question } أقل من 1 من كل 10 من الشباب اختاروا { $answers }.
report-measure-almost-all = { $question } اختار كل الشباب تقريبًا { $answers }.
report-measure-very-few = { $question } اختار عدد قليل جدًا من الشباب { $answers }.
report-quoted = «{ $answer }»
report-or = أو
report-change-more = هذا أكثر مما كان في { $year }.
report-change-fewer = هذا أقل مما كان في { $year }.
report-change-same = هذا تقريبًا مثل ما كان في { $year }.
report-asked-differently = طرحنا السؤال بطريقة مختلفة في { $year }.
report-no-numbers = لم يُجب عدد كافٍ من الشباب لنعرض الأرقام.
report-own-words-heading = بكلماتكم
report-own-words = هذه بعض الأشياء التي كتبتموها.
report-quote-by = شاب أو شابة، العمر: { $band }
report-still-reading = ما زال شباب مجلس الشباب يقرؤون ما كتبتموه.
report-next-heading = ماذا سيحدث بعد ذلك
report-next-soon = سنخبركم قريبًا بما سيحدث بعد ذلك.
report-next-in-english = كتب الفريق هذا الجزء باللغة الإنجليزية.
report-worried-heading = إذا كان هناك ما يقلقك
report-worried-adult = إذا كان هناك ما يقلقك، تحدّث إلى شخص بالغ تثق به.
report-childline = يمكنك الاتصال بـ Childline مجانًا على الرقم 0800 1111.
