{{%AUTOESCAPE context="HTML"}}<section class="desk desk-telecom" id="telekomunikasi">
<h2>Tiket Jaringan Telekomunikasi</h2>
{{#refused_errors}}<p class="error" role="alert">{{text}}</p>
{{/refused_errors}}
<dl class="telecom-ticket"><dt>Lokasi</dt><dd>{{location}}{{#no_location}}—{{/no_location}}</dd><dt>Ekstensi</dt><dd>{{extension}}{{#no_extension}}—{{/no_extension}}</dd></dl>
{{#no_confirmed}}<p><small>Dari isian permohonan; belum dikonfirmasi tim.</small></p>{{/no_confirmed}}
<p>Tim yang ditugaskan: {{#assignees}}<strong>{{name}}</strong> {{/assignees}}{{#no_assignees}}belum ditugaskan (Kepala Bidang menugaskan pada langkah penugasan).{{/no_assignees}}</p>
{{#ticket_form}}<details{{#error_lokasi}} open{{/error_lokasi}}{{#error_ekstensi}} open{{/error_ekstensi}}><summary>Ubah lokasi dan ekstensi</summary>
<form method="post" action="/staf/permohonan/{{number}}/telekomunikasi/tiket">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="telecom-lokasi">Lokasi (gedung, ruang)</label>
<input id="telecom-lokasi" name="lokasi" value="{{v_lokasi}}" maxlength="200" required{{#error_lokasi}} aria-invalid="true"{{/error_lokasi}}>
{{#error_lokasi}}<small class="error">{{error_lokasi}}</small>{{/error_lokasi}}
<label for="telecom-ekstensi">Nomor ekstensi</label>
<input id="telecom-ekstensi" name="ekstensi" value="{{v_ekstensi}}" inputmode="numeric" maxlength="10"{{#error_ekstensi}} aria-invalid="true"{{/error_ekstensi}}>
{{#error_ekstensi}}<small class="error">{{error_ekstensi}}</small>{{/error_ekstensi}}
<button type="submit">Simpan lokasi dan ekstensi</button>
</form></details>{{/ticket_form}}
<h3>Pengujian hasil perbaikan/pemasangan</h3>
{{#no_tests}}<p>Belum ada pengujian.</p>{{/no_tests}}
<ul class="telecom-tests">
{{#tests}}<li>{{#passed}}<strong class="test-passed">Lulus</strong>{{/passed}}{{#no_passed}}<strong class="test-failed">Gagal</strong>{{/no_passed}} — diuji {{date}}{{#note}}: <span class="prewrap">{{note}}</span>{{/note}} <small>(dicatat oleh {{recorded_by}}, {{at}})</small></li>
{{/tests}}
</ul>
{{#test_form}}<form method="post" action="/staf/permohonan/{{number}}/telekomunikasi/uji">
<input type="hidden" name="_csrf" value="{{csrf}}">
<fieldset><legend>Hasil pengujian</legend>
<label><input type="radio" name="hasil" value="lulus"{{#no_result_failed}} checked{{/no_result_failed}}> Lulus</label>
<label><input type="radio" name="hasil" value="gagal"{{#result_failed}} checked{{/result_failed}}> Gagal</label>
{{#error_hasil}}<small class="error">{{error_hasil}}</small>{{/error_hasil}}
</fieldset>
<label for="telecom-tanggal-uji">Tanggal pengujian</label>
<input id="telecom-tanggal-uji" type="date" name="tanggal_uji" value="{{v_tanggal_uji}}" required{{#error_tanggal_uji}} aria-invalid="true"{{/error_tanggal_uji}}>
{{#error_tanggal_uji}}<small class="error">{{error_tanggal_uji}}</small>{{/error_tanggal_uji}}
<label for="telecom-catatan-uji">Catatan (wajib bila gagal: apa yang belum berfungsi)</label>
<textarea id="telecom-catatan-uji" name="catatan_uji" rows="2" maxlength="2000"{{#error_catatan_uji}} aria-invalid="true"{{/error_catatan_uji}}>{{v_catatan_uji}}</textarea>
{{#error_catatan_uji}}<small class="error">{{error_catatan_uji}}</small>{{/error_catatan_uji}}
<button type="submit">Catat pengujian</button>
</form>
<p><small>Bila gagal, kembalikan permohonan ke langkah penanganan; permohonan baru dapat ditutup setelah pengujian terakhir lulus.</small></p>{{/test_form}}
</section>
