{{%AUTOESCAPE context="HTML"}}<section class="desk desk-sanapati" id="sanapati">
<h2>Layanan Email Sanapati</h2>
<h3>Bukti layanan</h3>
{{#proof}}<dl class="sanapati-proof"><dt>ID registrasi</dt><dd>{{registration_id}}</dd><dt>Terima tanggal</dt><dd>{{received}}</dd><dt>Diproses tanggal</dt><dd>{{processed}}</dd><dt>Aktivasi tanggal</dt><dd>{{activated}}</dd></dl>{{/proof}}
{{#no_proof}}<p>Bukti layanan akan tampil di sini setelah permohonan diproses.</p>{{/no_proof}}
<h3>Persetujuan formulir</h3>
<ul class="sanapati-signoffs">
{{#signoffs}}<li>{{label}}: {{#approved}}disetujui {{name}} ({{position}}), {{at}}{{/approved}}{{#no_approved}}belum{{/no_approved}}</li>
{{/signoffs}}
</ul>
{{#refusals}}<p class="sanapati-refusal">Ditolak oleh {{label}} ({{at}}): {{reason}}</p>
{{/refusals}}
{{#coordinations}}<p>Koordinasi dengan {{counterpart}}, dikirim {{sent}}.</p>
{{/coordinations}}
</section>
