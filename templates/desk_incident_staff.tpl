{{%AUTOESCAPE context="HTML"}}<section id="panel-csirt" class="desk desk-incident">
<h2>Panel CSIRT</h2>
<p>Label TLP laporan: {{#report_tlp_label}}<mark class="tlp {{report_tlp_css}}">{{report_tlp_label}}</mark> <small>{{report_tlp_audience}}</small>{{/report_tlp_label}}{{#no_report_tlp_label}}<em>belum ditetapkan (diperlakukan sebagai TLP:RED)</em>{{/no_report_tlp_label}}</p>
{{#classification}}<dl class="incident-classification">
<dt>Klasifikasi (RSIT)</dt><dd>{{label}} <code>{{machine_tag}}</code></dd>
<dt>Prioritas</dt><dd>{{priority}} — {{response}}{{#changed}} <small>(bawaan: {{default_priority}}; alasan: <span class="prewrap">{{reason}}</span>)</small>{{/changed}}</dd>
</dl>{{/classification}}{{#no_classification}}{{#withheld}}<p>Laporan ini berlabel <mark class="tlp tlp-red">TLP:RED</mark>: klasifikasi, sistem terdampak dan isinya hanya untuk Tim CSIRT dan Kepala Bidang.</p>{{/withheld}}{{#no_withheld}}<p>Insiden belum diklasifikasikan.</p>{{/no_withheld}}{{/no_classification}}
{{#system}}{{#name}}<h3>Sistem elektronik terdampak</h3>
<p><strong>{{name}}</strong>{{#url}} — {{url}}{{/url}}<br>Pemilik: {{agency}}<br>Kategori SE (registri): {{#category}}<strong>{{category}}</strong> (skor {{score}}{{#categorised_at}}, {{categorised_at}}{{/categorised_at}}){{/category}}{{#no_category}}belum dikategorikan{{/no_category}}</p>{{/name}}{{/system}}
{{#editable}}<details{{#pending_klasifikasi}} open{{/pending_klasifikasi}}>
<summary>Klasifikasi, TLP dan prioritas</summary>
<form method="post" action="/staf/permohonan/{{number}}/insiden/klasifikasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="insiden-klasifikasi">Kelas / jenis insiden (RSIT) — prioritas bawaan</label>
<select id="insiden-klasifikasi" name="klasifikasi" required>
<option value="">— pilih —</option>
{{#class_groups}}<optgroup label="{{label}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/options}}</optgroup>
{{/class_groups}}</select>
{{#pending_klasifikasi}}{{#error_klasifikasi}}<small class="error">{{text}}</small>{{/error_klasifikasi}}{{/pending_klasifikasi}}
<label for="insiden-tlp">Label TLP laporan</label>
<select id="insiden-tlp" name="tlp" required>
<option value="">— pilih —</option>
{{#tlp_choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/tlp_choices}}
</select>
{{#pending_klasifikasi}}{{#error_tlp}}<small class="error">{{text}}</small>{{/error_tlp}}{{/pending_klasifikasi}}
<label for="insiden-prioritas">Prioritas</label>
<select id="insiden-prioritas" name="prioritas">
<option value="">Bawaan menurut jenis insiden</option>
{{#priority_choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/priority_choices}}
</select>
{{#pending_klasifikasi}}{{#error_prioritas}}<small class="error">{{text}}</small>{{/error_prioritas}}{{/pending_klasifikasi}}
<label for="insiden-alasan">Alasan bila prioritas berbeda dari bawaan</label>
<textarea id="insiden-alasan" name="alasan_prioritas" rows="2">{{priority_reason}}</textarea>
{{#pending_klasifikasi}}{{#error_alasan_prioritas}}<small class="error">{{text}}</small>{{/error_alasan_prioritas}}{{/pending_klasifikasi}}
<button type="submit">Simpan klasifikasi</button>
</form>
</details>
<details{{#pending_sistem}} open{{/pending_sistem}}{{#pending_daftar}} open{{/pending_daftar}}>
<summary>Sistem elektronik terdampak (registri)</summary>
<form method="post" action="/staf/permohonan/{{number}}/insiden/sistem">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="insiden-sistem">Sistem terdaftar</label>
<select id="insiden-sistem" name="sistem" required>
<option value="">— pilih —</option>
{{#system_choices}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/system_choices}}
</select>
{{#pending_sistem}}{{#error_sistem}}<small class="error">{{text}}</small>{{/error_sistem}}{{/pending_sistem}}
<button type="submit">Tautkan sistem</button>
</form>
<form method="post" action="/staf/permohonan/{{number}}/insiden/sistem">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="baru" value="1">
<p>Belum terdaftar? Daftarkan singkat:</p>
<label for="insiden-sistem-instansi">Perangkat Daerah pemilik</label>
<select id="insiden-sistem-instansi" name="instansi" required>
<option value="">— pilih —</option>
{{#agency_choices}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agency_choices}}
</select>
{{#pending_daftar}}{{#error_instansi}}<small class="error">{{text}}</small>{{/error_instansi}}{{/pending_daftar}}
<label for="insiden-sistem-nama">Nama sistem</label>
<input id="insiden-sistem-nama" name="nama" maxlength="200" required value="{{typed_name}}">
{{#pending_daftar}}{{#error_nama}}<small class="error">{{text}}</small>{{/error_nama}}{{/pending_daftar}}
<label for="insiden-sistem-url">Alamat (URL), bila ada</label>
<input id="insiden-sistem-url" name="url" maxlength="500" value="{{typed_url}}">
{{#pending_daftar}}{{#error_url}}<small class="error">{{text}}</small>{{/error_url}}{{/pending_daftar}}
<label for="insiden-sistem-unit">Unit kerja pemilik / pengelola</label>
<input id="insiden-sistem-unit" name="unit" maxlength="200" required value="{{typed_unit}}">
{{#pending_daftar}}{{#error_unit}}<small class="error">{{text}}</small>{{/error_unit}}{{/pending_daftar}}
<button type="submit" class="secondary">Daftarkan dan tautkan</button>
</form>
</details>
{{/editable}}
<h3>Bukti</h3>
<table class="incident-evidence">
<thead><tr><th>Berkas</th><th>Label TLP</th>{{#editable}}<th>Ubah label</th>{{/editable}}</tr></thead>
<tbody>
{{#evidence}}<tr><td>{{name}}</td><td>{{#tlp_label}}<mark class="tlp {{tlp_css}}">{{tlp_label}}</mark>{{/tlp_label}}{{#no_tlp_label}}<em>belum (TLP:RED)</em>{{/no_tlp_label}}</td>{{#editable}}<td><form method="post" action="/staf/permohonan/{{number}}/insiden/bukti">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="lampiran" value="{{id}}">
<select name="tlp" aria-label="Label TLP {{name}}" required>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/options}}</select>
<button type="submit" class="secondary">Simpan</button>
</form></td>{{/editable}}</tr>
{{/evidence}}{{#no_evidence}}<tr><td colspan="3">Tidak ada bukti yang dapat ditampilkan.</td></tr>{{/no_evidence}}
</tbody>
</table>
{{#pending_bukti}}{{#error_lampiran}}<p class="error">{{text}}</p>{{/error_lampiran}}{{#error_tlp}}<p class="error">{{text}}</p>{{/error_tlp}}{{/pending_bukti}}
{{#entries}}
<h3>Analisis dampak</h3>
{{#impact}}<article class="incident-entry"><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{by}}, {{at}}</small></p>
<dl><dt>Aspek terdampak</dt><dd>{{#affected}}{{name}} {{/affected}}{{#no_affected}}—{{/no_affected}}</dd>
<dt>Pengguna terdampak</dt><dd>{{#users}}{{users}}{{/users}}{{#no_users}}belum diketahui{{/no_users}}</dd>
<dt>Sistem terdampak</dt><dd>{{#systems}}{{systems}}{{/systems}}{{#no_systems}}belum diketahui{{/no_systems}}</dd>
<dt>Data terdampak</dt><dd>{{#data}}{{data}}{{/data}}{{#no_data}}—{{/no_data}}</dd>
<dt>Data pribadi</dt><dd>{{personal_data}}</dd>
<dt>Gangguan layanan</dt><dd>{{disruption}}</dd>
<dt>Ringkasan</dt><dd class="prewrap">{{summary}}</dd></dl></article>
{{/impact}}{{#no_impact}}<p>Belum ada.</p>{{/no_impact}}
<h3>Rekomendasi</h3>
{{#recommendation}}<article class="incident-entry"><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{by}}, {{at}}</small></p><p class="prewrap">{{text}}</p></article>
{{/recommendation}}{{#no_recommendation}}<p>Belum ada.</p>{{/no_recommendation}}
<h3>Mitigasi dan pencegahan (pemilik sistem)</h3>
{{#mitigation}}<article class="incident-entry"><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{by}}, {{at}}</small></p>{{#mitigation_text}}<p><strong>Mitigasi:</strong> <span class="prewrap">{{mitigation_text}}</span></p>{{/mitigation_text}}{{#prevention_text}}<p><strong>Pencegahan:</strong> <span class="prewrap">{{prevention_text}}</span></p>{{/prevention_text}}</article>
{{/mitigation}}{{#no_mitigation}}<p>Belum ada.</p>{{/no_mitigation}}
<h3>Verifikasi perbaikan</h3>
{{#verification}}<article class="incident-entry"><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{by}}, {{at}}</small></p><p><strong>{{result}}</strong>{{#note}} — <span class="prewrap">{{note}}</span>{{/note}}</p></article>
{{/verification}}{{#no_verification}}<p>Belum ada.</p>{{/no_verification}}
{{/entries}}
{{#editable}}<details{{#pending_analisis}} open{{/pending_analisis}}>
<summary>Catat analisis dampak</summary>
<form method="post" action="/staf/permohonan/{{number}}/insiden/analisis">
<input type="hidden" name="_csrf" value="{{csrf}}">
{{#impact_form}}<fieldset><legend>Aspek yang terdampak</legend>
<label><input type="checkbox" name="kerahasiaan" value="1"{{#confidentiality}} checked{{/confidentiality}}> Kerahasiaan</label>
<label><input type="checkbox" name="integritas" value="1"{{#integrity}} checked{{/integrity}}> Integritas</label>
<label><input type="checkbox" name="ketersediaan" value="1"{{#availability}} checked{{/availability}}> Ketersediaan</label>
</fieldset>
<label for="insiden-pengguna">Jumlah pengguna terdampak (kosongkan bila belum diketahui)</label>
<input id="insiden-pengguna" name="pengguna_terdampak" inputmode="numeric" value="{{users}}">
{{#pending_analisis}}{{#error_pengguna_terdampak}}<small class="error">{{text}}</small>{{/error_pengguna_terdampak}}{{/pending_analisis}}
<label for="insiden-sistem-jumlah">Jumlah sistem terdampak</label>
<input id="insiden-sistem-jumlah" name="sistem_terdampak_jumlah" inputmode="numeric" value="{{systems}}">
{{#pending_analisis}}{{#error_sistem_terdampak_jumlah}}<small class="error">{{text}}</small>{{/error_sistem_terdampak_jumlah}}{{/pending_analisis}}
<label for="insiden-data">Data yang terdampak</label>
<textarea id="insiden-data" name="data_terdampak" rows="2">{{data}}</textarea>
<label for="insiden-data-pribadi">Data pribadi terlibat</label>
<select id="insiden-data-pribadi" name="data_pribadi" required><option value="">— pilih —</option>{{#personal_choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/personal_choices}}</select>
{{#pending_analisis}}{{#error_data_pribadi}}<small class="error">{{text}}</small>{{/error_data_pribadi}}{{/pending_analisis}}
<label for="insiden-gangguan">Gangguan layanan</label>
<select id="insiden-gangguan" name="gangguan_layanan" required><option value="">— pilih —</option>{{#disruption_choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/disruption_choices}}</select>
{{#pending_analisis}}{{#error_gangguan_layanan}}<small class="error">{{text}}</small>{{/error_gangguan_layanan}}{{/pending_analisis}}
<label for="insiden-ringkasan">Ringkasan analisis</label>
<textarea id="insiden-ringkasan" name="ringkasan" rows="4" required>{{summary}}</textarea>
{{#pending_analisis}}{{#error_ringkasan}}<small class="error">{{text}}</small>{{/error_ringkasan}}{{/pending_analisis}}
{{/impact_form}}<label for="insiden-analisis-tlp">Label TLP analisis</label>
<select id="insiden-analisis-tlp" name="tlp" required>{{#entry_tlp_choices_analisis}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/entry_tlp_choices_analisis}}</select>
{{#pending_analisis}}{{#error_tlp}}<small class="error">{{text}}</small>{{/error_tlp}}{{/pending_analisis}}
<button type="submit">Simpan analisis</button>
</form>
</details>
<details{{#pending_rekomendasi}} open{{/pending_rekomendasi}}>
<summary>Catat rekomendasi</summary>
<form method="post" action="/staf/permohonan/{{number}}/insiden/rekomendasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="insiden-rekomendasi">Rekomendasi penanganan kepada pemilik sistem</label>
<textarea id="insiden-rekomendasi" name="teks" rows="4" required>{{recommendation_text}}</textarea>
{{#pending_rekomendasi}}{{#error_teks}}<small class="error">{{text}}</small>{{/error_teks}}{{/pending_rekomendasi}}
<label for="insiden-rekomendasi-tlp">Label TLP rekomendasi</label>
<select id="insiden-rekomendasi-tlp" name="tlp" required>{{#entry_tlp_choices_rekomendasi}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/entry_tlp_choices_rekomendasi}}</select>
{{#pending_rekomendasi}}{{#error_tlp}}<small class="error">{{text}}</small>{{/error_tlp}}{{/pending_rekomendasi}}
<button type="submit">Simpan rekomendasi</button>
</form>
</details>
<details{{#pending_verifikasi}} open{{/pending_verifikasi}}>
<summary>Catat verifikasi perbaikan</summary>
<form method="post" action="/staf/permohonan/{{number}}/insiden/verifikasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<fieldset><legend>Hasil</legend>
<label><input type="radio" name="hasil" value="terverifikasi" required> Terverifikasi</label>
<label><input type="radio" name="hasil" value="belum"> Belum terverifikasi</label>
</fieldset>
{{#pending_verifikasi}}{{#error_hasil}}<small class="error">{{text}}</small>{{/error_hasil}}{{/pending_verifikasi}}
<label for="insiden-verifikasi-catatan">Catatan</label>
<textarea id="insiden-verifikasi-catatan" name="catatan" rows="3">{{verification_note}}</textarea>
{{#pending_verifikasi}}{{#error_catatan}}<small class="error">{{text}}</small>{{/error_catatan}}{{/pending_verifikasi}}
<label for="insiden-verifikasi-tlp">Label TLP verifikasi</label>
<select id="insiden-verifikasi-tlp" name="tlp" required>{{#entry_tlp_choices_verifikasi}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/entry_tlp_choices_verifikasi}}</select>
{{#pending_verifikasi}}{{#error_tlp}}<small class="error">{{text}}</small>{{/error_tlp}}{{/pending_verifikasi}}
<button type="submit">Simpan verifikasi</button>
</form>
</details>{{/editable}}
</section>
