{{%AUTOESCAPE context="HTML"}}<section class="desk desk-telecom" id="telekomunikasi">
<h2>Tiket Jaringan Telekomunikasi</h2>
<dl class="telecom-ticket"><dt>Lokasi</dt><dd>{{location}}{{#no_location}}—{{/no_location}}</dd><dt>Ekstensi</dt><dd>{{extension}}{{#no_extension}}—{{/no_extension}}</dd></dl>
{{#tests}}<p>Pengujian {{date}}: {{#passed}}<strong>lulus</strong>{{/passed}}{{#no_passed}}<strong>gagal</strong>{{/no_passed}}{{#note}} — {{note}}{{/note}}</p>
{{/tests}}
</section>
