# الكلمات التي يراها الشباب، بالعربية السهلة القراءة: جمل قصيرة وكلمات بسيطة وأرقام.
# ترجمة assets/messages/en/easy_read.ftl.

## اختيار اللغة

language-title = اختر لغتك
language-intro = نستخدم هذه اللغة على هذا الهاتف أو الحاسوب. نحن لا نعرف من أنت.

## صفحة البداية

start-who-heading = من يسأل؟
start-who = { $organisation } تدير هذا الاستبيان.
start-contact = هل لديك سؤال؟ تواصل مع
start-privacy-notice = كيف تحافظ { $organisation } على إجاباتك
start-already = بدأت هذا الاستبيان على هذا الهاتف أو الحاسوب.
start-carry-on = تابع
start-format-heading = كيف تريد أن تقرأ الأسئلة؟
start-before-heading = هل بدأت من قبل؟
start-before = هل حفظت إجاباتك؟
start-carry-on-with-code = تابع باستخدام رمزك

## السؤال

question-other-label = «{ $answer }». هل اخترت هذه الإجابة؟ يمكنك أن تخبرنا بالمزيد. هذا ليس ضروريًا.
question-other-hint = يمكنك كتابة حتى { $limit } حرف.
question-free-text-hint = يمكنك كتابة حتى { $limit } حرف. أو اختر «لا أريد أن أقول».
question-sign-video = شاهد هذا السؤال بلغة الإشارة

## عندما تحتاج الإجابة إلى تصحيح

fix-skip-with-answers = اختر إجاباتك أو «لا أريد أن أقول». لا تختر الاثنين.
fix-nothing-chosen-one = اختر إجابة 1. أو اختر «لا أريد أن أقول».
fix-nothing-chosen-many = اختر إجابة 1 أو أكثر. أو اختر «لا أريد أن أقول».
fix-exclusive = اختر «{ $answer }» وحدها. أو اختر الإجابات الأخرى بدونها.
fix-too-long = كتبت { $length } حرفًا. يمكنك كتابة حتى { $limit } حرف.

## تحقق من إجاباتك

check-title = تحقق من إجاباتك
check-1 = هذه إجاباتك. يمكنك تغيير أي إجابة قبل أن ترسلها.
check-send-heading = أرسل إجاباتك
check-send-1 = بعد أن ترسل إجاباتك، لا يمكنك تغييرها.
check-send-2 = لن يعرف أحد أن هذه الإجابات لك.
check-send-button = أرسل إجاباتي

## شكرًا لك

done-title = شكرًا لك
done-heading = شكرًا لك
done-1 = وصلتنا إجاباتك.
done-2 = نحن لا نعرف من أنت. لا أحد يعرف أي الإجابات لك.
done-next-1 = سيقرأ شباب من مجلس الشباب إجاباتك.
done-next-2 = سيخبرون الكبار المسؤولين بما قلته.
done-next-3 = سنخبرك بما سيتغير.
talk-heading = هل تحتاج إلى التحدث مع شخص الآن؟
done-talk-1 = هل أزعجك الاستبيان؟ يمكنك التحدث مع شخص ما. هذا مجاني.

## المساعدة

help-title = هل تحتاج إلى التحدث مع شخص الآن؟
help-1 = لست مضطرًا أن تكون وحدك.
help-2 = هؤلاء الأشخاص سيستمعون إليك. هذا مجاني. لا تحتاج أن تقول اسمك.
help-adult-1 = يمكنك أيضًا التحدث مع شخص بالغ تثق به. مثل معلم أو عامل شباب أو شخص من عائلتك.
help-saved = إجاباتك ما زالت محفوظة.
support-childline-name = Childline
support-childline-what = مجاني وسري. في النهار أو الليل. لمن هم دون 19 عامًا. يمكنك أيضًا الدردشة على childline.org.uk.
support-emergency-name = خدمات الطوارئ
support-emergency-what = اتصل إذا كنت أنت أو شخص آخر في خطر الآن.

# The printed poster that invites young people to the survey
poster-scan = امسح الرمز بكاميرا هاتفك. أو اذهب إلى:
poster-time = يستغرق حوالي 10 دقائق. لا نسألك عن اسمك أبدًا.
poster-help = هل تحتاج إلى التحدث مع أحد الآن؟ اتصل بـ Childline مجانًا على 0800 1111.
poster-qr-code = رمز تمسحه بكاميرا الهاتف

## الحفظ والمتابعة لاحقًا

saved-title = حفظنا إجاباتك
saved-code-1 = هذا هو رمزك:
saved-1 = اكتب رمزك. أو التقط صورة له.
saved-2 = يمكنك استخدام رمزك مرة 1. يعمل لمدة { $days } يومًا.
saved-3 = يمكنك المتابعة على أي هاتف أو حاسوب.
saved-4 = اذهب إلى هذا الاستبيان. ثم اختر «تابع باستخدام رمزك».
saved-5 = لا تُظهر رمزك لأي شخص.
carry-on-now = تابع الآن
resume-title = اكتب رمزك
resume-hint = رمزك هو 4 كلمات ورقم. مثال: otter lemon cloud river 4721.
resume-button = تابع
resume-empty = اكتب رمزك.
resume-wrong-shape = رمزك هو 4 كلمات ورقم. تحقق مما كتبت.
resume-not-found = لا نجد إجابات لهذا الرمز. تحقق من الكلمات والرقم. يعمل الرمز مرة 1 فقط، لمدة { $days } يومًا.
wait-title = يرجى الانتظار
wait-1 = تمت تجربة رموز كثيرة. لذلك أوقفنا الرموز لوقت قصير.
wait-2 = إجاباتك ما زالت محفوظة.
wait-3 = جرّب رمزك مرة أخرى بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }.
wait-4 = أو يمكنك بدء الاستبيان من جديد.
go-to-survey-start = اذهب إلى بداية الاستبيان

## عندما يحدث خطأ

not-found-title = لا نجد هذه الصفحة
not-found-1 = هل كتبت عنوان الصفحة؟ تأكد أنه صحيح.
not-found-2 = هل استخدمت رابطًا؟ ربما نُقل الاستبيان.
expired-title = هذه الصفحة قديمة جدًا
expired-1 = الصفحات تعمل لوقت قصير فقط.
expired-2 = ارجع. حمّل الصفحة مرة أخرى. ثم حاول من جديد.
expired-3 = إجاباتك المحفوظة ما زالت موجودة.
too-much-title = أرسلت أكثر من اللازم
too-much-1 = ارجع. اكتب أقل. ثم أرسل مرة أخرى.
wrong-title = حدث خطأ ما
wrong-1 = لم نتمكن من استخدام ما تم إرساله.
wrong-2 = ارجع. استخدم الأزرار الموجودة في الصفحة.
broken-title = شيء ما لا يعمل
broken-1 = شيء ما لا يعمل عندنا. هذا ليس خطأك.
broken-2 = يرجى المحاولة مرة أخرى لاحقًا.
broken-3 = إجاباتك المحفوظة ما زالت موجودة.
go-to-start = اذهب إلى البداية
closed-title = هذا الاستبيان مغلق
closed-1 = لا يمكنك الإجابة عن هذا الاستبيان الآن.
closed-2 = شكرًا لرغبتك في المساعدة.
closed-3 = انتظر الاستبيان القادم.
closed-open-now = شاهد الاستبيانات المفتوحة الآن
report-download-pdf = نزّل هذا التقرير كملف للطباعة
findings-pdf = ملف للطباعة
findings-of = – { $title }

## Where an action of the register stands

action-status-planned = سنفعل هذا قبل { $date }.
action-status-doing = نفعل هذا الآن. سننتهي قبل { $date }.
action-status-done = فعلنا هذا.
action-status-dropped = لم نعد نفعل هذا.
