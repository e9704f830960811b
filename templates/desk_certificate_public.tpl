{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="sertifikat">
<h2>Sertifikat elektronik</h2>
{{#reason}}<p>Alasan pencabutan: <strong>{{label}}</strong></p>
{{#office}}<p>Alasan yang diajukan petugas ke BSrE: <strong>{{label}}</strong></p>{{/office}}{{/reason}}
{{#issuing}}{{#certificate}}<p>Sertifikat Anda berlaku sampai: <strong>{{expires}}</strong>.</p>
<p><small>Kami mengingatkan lewat email {{plan}} hari sebelum sertifikat berakhir, agar pembaruan dapat diajukan tepat waktu.</small></p>{{/certificate}}{{/issuing}}
</section>
