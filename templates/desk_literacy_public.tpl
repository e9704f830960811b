{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="jadwal">
<h2>Jadwal kegiatan</h2>
{{#session}}<p>Tim Literasi Keamanan Informasi telah menetapkan jadwal kegiatan Anda:</p>
<table class="fields">
<tr><th scope="row">Waktu</th><td>{{when}}</td></tr>
<tr><th scope="row">Tempat</th><td>{{place}}</td></tr>
<tr><th scope="row">Narasumber</th><td>{{speakers}}</td></tr>
{{#note}}<tr><th scope="row">Catatan</th><td><span class="prewrap">{{note}}</span></td></tr>{{/note}}
</table>{{/session}}
</section>
