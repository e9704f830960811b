{{%AUTOESCAPE context="HTML"}}<h1>{{name}}</h1>
<p>Profil tim tanggap insiden siber menurut RFC 2350.</p>
<h2>1. Informasi dokumen</h2>
<dl>
{{#updated}}<dt>1.1 Tanggal pembaruan terakhir</dt><dd>{{updated}}</dd>{{/updated}}
<dt>1.2 Daftar distribusi pemberitahuan</dt><dd>Tidak ada daftar distribusi; perubahan diumumkan pada halaman ini.</dd>
<dt>1.3 Lokasi dokumen</dt><dd><a href="/csirt">{{public_url}}/csirt</a> dan <a href="/.well-known/security.txt">/.well-known/security.txt</a> (RFC 9116)</dd>
</dl>
<h2>2. Informasi kontak</h2>
<dl>
<dt>2.1 Nama tim</dt><dd>{{name}}{{#short_name}} ({{short_name}}){{/short_name}}</dd>
{{#address}}<dt>2.2 Alamat</dt><dd class="prewrap">{{address}}</dd>{{/address}}
<dt>2.3 Zona waktu</dt><dd>{{timezone}} ({{zone}})</dd>
{{#phone}}<dt>2.4 Telepon</dt><dd>{{phone}}</dd>{{/phone}}
{{#whatsapp}}<dt>WhatsApp</dt><dd><a href="https://wa.me/{{whatsapp}}">{{whatsapp_display}}</a></dd>{{/whatsapp}}
<dt>2.7 Email</dt><dd>{{#emails}}<a href="mailto:{{address}}">{{address}}</a><br>{{/emails}}</dd>
{{#encryption}}<dt>2.8 Kunci publik dan enkripsi</dt><dd>{{encryption}}</dd>{{/encryption}}
<dt>2.9 Anggota tim</dt><dd>{{office}}, {{parent}}</dd>
{{#other_channels}}<dt>2.10 Saluran lain</dt><dd>{{text}}</dd>{{/other_channels}}
{{#hours}}<dt>2.11 Jam layanan</dt><dd>{{hours}}</dd>{{/hours}}
<dt>Bahasa</dt><dd>{{#languages}}{{tag}} {{/languages}}</dd>
</dl>
<h2>3. Piagam</h2>
<dl>
<dt>3.1 Misi</dt><dd>{{mission}}</dd>
<dt>3.2 Konstituen</dt><dd>{{constituency}}</dd>
<dt>3.3 Afiliasi</dt><dd>{{office}}, {{parent}}, {{city}}</dd>
{{#authority}}<dt>3.4 Kewenangan</dt><dd>{{authority}}</dd>{{/authority}}
</dl>
{{#policy}}<h2>4. Kebijakan</h2>
<p>{{policy}}</p>{{/policy}}
{{#has_services}}<h2>5. Layanan</h2>
<ul>{{#services}}<li>{{text}}</li>{{/services}}</ul>{{/has_services}}
<h2>6. Formulir pelaporan insiden</h2>
{{#report}}<p>Laporkan melalui formulir <a href="/layanan/{{service}}">{{service_name}}</a>, tanpa perlu akun; Anda menerima nomor dan kode untuk melacak laporan dan menjawab pertanyaan Tim CSIRT:</p>
<ul>{{#kinds}}<li><a href="/layanan/{{service}}/ajukan?jenis={{id}}">{{name}}</a></li>{{/kinds}}</ul>{{/report}}
{{#disclaimer}}<h2>7. Penafian</h2>
<p>{{disclaimer}}</p>{{/disclaimer}}
