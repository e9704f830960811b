{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · {{office_name}}</title>
<link rel="stylesheet" href="/aset/css/pico.min.css">
<link rel="stylesheet" href="/aset/css/lapis.css">
</head>
<body>
<header class="container site-header">
<nav>
<ul><li><a href="/" class="brand"><strong>{{office_name}}</strong><small>{{office_parent}}</small></a></li></ul>
<ul>
<li><a href="/">Layanan</a></li>
<li><a href="/lacak">Lacak</a></li>
<li><a href="/literasi">Literasi</a></li>
<li><a href="/bantuan">Bantuan</a></li>
{{#anonymous}}<li><a href="/masuk">Masuk</a></li>{{/anonymous}}
{{#agency_signed_in}}<li><a href="/instansi">Permohonan instansi</a></li>
<li><form method="post" action="/keluar" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="outline secondary">Keluar</button></form></li>{{/agency_signed_in}}
{{#signed_in}}<li><a href="/staf">Antrean</a></li>
<li><a href="/akun">Akun</a></li>
<li><form method="post" action="/keluar" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="outline secondary">Keluar</button></form></li>{{/signed_in}}
</ul>
</nav>
</header>
<main class="container">
{{content:none}}
</main>
<footer class="container site-footer">
<p><strong>Help Desk</strong> · Telepon {{helpdesk_phone}} · <a href="https://wa.me/{{helpdesk_whatsapp}}">WhatsApp {{helpdesk_whatsapp_display}}</a> · <a href="mailto:{{helpdesk_email}}">{{helpdesk_email}}</a></p>
<p><a href="/privasi">Kebijakan privasi</a> · <a href="/csirt">Profil CSIRT</a> · <a href="/kalkulator/cvss">Kalkulator CVSS</a> · <a href="/kalkulator/kategorisasi">Kategorisasi SE</a> · Layanan tanpa biaya</p>
</footer>
</body>
</html>
