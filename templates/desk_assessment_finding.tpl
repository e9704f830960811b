{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li><a href="/staf/permohonan/{{number}}">{{number}}</a></li><li>{{#editing}}Ubah temuan{{/editing}}{{#no_editing}}Temuan baru{{/no_editing}}</li></ul></nav>
<h1>{{#editing}}Ubah temuan{{/editing}}{{#no_editing}}Temuan baru{{/no_editing}}</h1>
<p>{{request_title}}</p>
{{#has_errors}}<p class="error" role="alert">Temuan belum disimpan. Perbaiki isian yang ditandai di bawah.</p>{{/has_errors}}
<form method="post" action="{{action}}" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="judul">Judul temuan</label>
<input id="judul" name="judul" value="{{title}}" maxlength="200" required>
{{#errors}}{{#judul}}<small class="error" id="judul-error">{{text}}</small>{{/judul}}{{/errors}}
<label for="aset">Aset atau URL terdampak</label>
<input id="aset" name="aset" value="{{asset}}" required>
{{#errors}}{{#aset}}<small class="error">{{text}}</small>{{/aset}}{{/errors}}
<label for="deskripsi">Deskripsi</label>
<textarea id="deskripsi" required name="deskripsi" rows="6">{{description}}</textarea>
{{#errors}}{{#deskripsi}}<small class="error">{{text}}</small>{{/deskripsi}}{{/errors}}
<label for="bukti_teks">Bukti (teks: langkah reproduksi, potongan log)</label>
<textarea id="bukti_teks" name="bukti_teks" rows="6">{{evidence_text}}</textarea>
{{#errors}}{{#bukti_teks}}<small class="error">{{text}}</small>{{/bukti_teks}}{{/errors}}
<label for="bukti_berkas">Berkas bukti (opsional: tangkapan layar, PDF, log){{#evidence_name}}; berkas sekarang: {{evidence_name}} — unggah berkas baru untuk menggantinya{{/evidence_name}}</label>
<input id="bukti_berkas" name="bukti_berkas" type="file">
{{#errors}}{{#bukti_berkas}}<small class="error">{{text}}</small>{{/bukti_berkas}}{{/errors}}
<label for="cvss31">Vektor CVSS 3.1</label>
<input id="cvss31" name="cvss31" value="{{cvss31}}" placeholder="CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" required>
{{#errors}}{{#cvss31}}<small class="error" id="cvss31-error">{{text}}</small>{{/cvss31}}{{/errors}}
<small>Skor dasar, temporal dan tingkat keparahan dihitung dari vektor. <a href="/kalkulator/cvss">Kalkulator CVSS</a></small>
<label for="cvss40">Vektor CVSS 4.0 (opsional)</label>
<input id="cvss40" name="cvss40" value="{{cvss40}}" placeholder="CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N">
{{#errors}}{{#cvss40}}<small class="error" id="cvss40-error">{{text}}</small>{{/cvss40}}{{/errors}}
<label for="rekomendasi">Rekomendasi perbaikan</label>
<textarea id="rekomendasi" required name="rekomendasi" rows="6">{{recommendation}}</textarea>
{{#errors}}{{#rekomendasi}}<small class="error">{{text}}</small>{{/rekomendasi}}{{/errors}}
<label for="tlp">Label TLP temuan</label>
<select id="tlp" name="tlp">{{#tlp_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/tlp_options}}</select>
{{#errors}}{{#tlp}}<small class="error">{{text}}</small>{{/tlp}}{{/errors}}
<button type="submit">Simpan temuan</button>
</form>
