{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li>Log panggilan</li></ul></nav>
<h1>Log Panggilan {{day_label}}</h1>
<p><a href="/staf/telepon/panggilan?tanggal={{previous}}">← Hari sebelumnya</a> · <a href="/staf/telepon/panggilan?tanggal={{next}}">Hari berikutnya →</a> · <a href="/staf/telepon/direktori">Direktori ekstensi</a></p>
<form method="get" action="/staf/telepon/panggilan">
<label for="tanggal-log">Tanggal</label>
<input id="tanggal-log" type="date" name="tanggal" value="{{day}}">
<button type="submit">Tampilkan</button>
</form>
<p>{{count}} panggilan, {{connected_count}} tersambung.</p>
<table class="calls">
<thead><tr><th scope="col">Jam</th><th scope="col">Penelepon</th><th scope="col">Tujuan</th><th scope="col">Tersambung</th><th scope="col">Catatan</th><th scope="col">Operator</th></tr></thead>
<tbody>
{{#calls}}<tr><td>{{time}}</td><td>{{caller}}</td><td>{{requested}}</td><td>{{#connected}}Ya{{/connected}}{{#no_connected}}Tidak{{/no_connected}}</td><td>{{note}}</td><td>{{operator}}</td></tr>
{{/calls}}
</tbody>
</table>
{{#no_calls}}<p>Belum ada panggilan pada hari ini.</p>{{/no_calls}}
<section id="catat-panggilan">
<h2>Catat panggilan</h2>
{{#refused_errors}}<p class="error" role="alert">{{text}}</p>
{{/refused_errors}}
<form method="post" action="/staf/telepon/panggilan">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="penelepon">Penelepon (nama, unit atau nomor)</label>
<input id="penelepon" name="penelepon" value="{{v_penelepon}}" maxlength="200" required{{#error_penelepon}} aria-invalid="true"{{/error_penelepon}}>
{{#error_penelepon}}<small class="error">{{error_penelepon}}</small>{{/error_penelepon}}
<label for="tujuan">Pihak atau ekstensi yang diminta</label>
<input id="tujuan" name="tujuan" value="{{v_tujuan}}" maxlength="200" required{{#error_tujuan}} aria-invalid="true"{{/error_tujuan}}>
{{#error_tujuan}}<small class="error">{{error_tujuan}}</small>{{/error_tujuan}}
<label for="waktu">Waktu</label>
<input id="waktu" type="datetime-local" name="waktu" value="{{v_waktu}}" required{{#error_waktu}} aria-invalid="true"{{/error_waktu}}>
{{#error_waktu}}<small class="error">{{error_waktu}}</small>{{/error_waktu}}
<fieldset><legend>Tersambung?</legend>
<label><input type="radio" name="tersambung" value="ya"{{#connected_yes}} checked{{/connected_yes}}> Ya</label>
<label><input type="radio" name="tersambung" value="tidak"{{#connected_no}} checked{{/connected_no}}> Tidak</label>
{{#error_tersambung}}<small class="error">{{error_tersambung}}</small>{{/error_tersambung}}
</fieldset>
<label for="catatan-panggilan">Catatan</label>
<textarea id="catatan-panggilan" name="catatan" rows="2" maxlength="1000"{{#error_catatan}} aria-invalid="true"{{/error_catatan}}>{{v_catatan}}</textarea>
{{#error_catatan}}<small class="error">{{error_catatan}}</small>{{/error_catatan}}
<button type="submit">Catat</button>
</form>
</section>
