{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li>{{number}}</li></ul></nav>
{{#saved}}<p class="saved" role="status">Tersimpan.</p>{{/saved}}
{{#refused}}<p class="error" role="alert">{{refused}}</p>{{/refused}}
<h1>{{number}}</h1>
<p><strong>{{title}}</strong></p>
<p>{{service_name}}{{#kind_name}} — {{kind_name}}{{/kind_name}} · Status: <mark class="status status-{{status}}">{{status_label}}</mark></p>
{{#current_step}}<p>Langkah saat ini: <strong>{{number}}. {{text_html:none}}</strong></p>{{/current_step}}
{{#owner}}<p>Pemilik sistem elektronik: <strong>{{name}}</strong></p>{{/owner}}
<p><small>Diajukan {{created}} · diperbarui {{updated}}</small></p>
{{#actions}}{{#can_act}}<section class="desk-actions">
<h2>Tindakan</h2>
{{#on_behalf}}<p>Langkah ini dilakukan oleh <strong>{{on_behalf}}</strong>; Anda mencatatnya atas nama mereka.</p>{{/on_behalf}}
{{#assign}}<form method="post" action="/staf/permohonan/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="assign">
<fieldset><legend>Tugaskan {{role}}</legend>
{{#staff}}<label><input type="checkbox" name="petugas" value="{{id}}"> {{name}}</label>{{/staff}}
{{#no_staff}}<p>Belum ada akun petugas dengan peran ini.</p>{{/no_staff}}
</fieldset>
<label>Catatan<textarea name="catatan" rows="2">{{kept_assign}}</textarea></label>
<button type="submit">Tugaskan dan lanjutkan</button>
</form>{{/assign}}
{{#can_complete}}<form method="post" action="/staf/permohonan/{{number}}/aksi" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="complete">
{{#owner_choice}}<label for="pemilik">Perangkat Daerah pemilik sistem elektronik</label>
<select id="pemilik" name="pemilik" required><option value="">— pilih —</option>{{#agencies}}<option value="{{code}}">{{name}}</option>{{/agencies}}</select>{{/owner_choice}}
<label>Catatan<textarea name="catatan" rows="3">{{kept_complete}}</textarea></label>
<label><input type="checkbox" name="publik" value="1"> Tampilkan catatan ini kepada pemohon</label>
<label>Lampiran (opsional)<input type="file" name="lampiran"></label>
<button type="submit">Selesaikan langkah ini</button>
</form>{{/can_complete}}
{{#can_answer}}<form method="post" action="/staf/permohonan/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="answer">
<label>Jawaban pemohon (diterima lewat telepon atau surat)<textarea name="catatan" rows="3" required>{{kept_answer}}</textarea></label>
<button type="submit">Catat jawaban pemohon</button>
</form>{{/can_answer}}
{{#can_return}}<details><summary>Minta informasi tambahan kepada pemohon</summary>
<form method="post" action="/staf/permohonan/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="return">
<label>Pesan untuk pemohon<textarea name="catatan" rows="3" required>{{kept_return}}</textarea></label>
<button type="submit">Kirim permintaan</button>
</form></details>{{/can_return}}
{{#back}}<details><summary>Kembalikan ke langkah sebelumnya</summary>
<form method="post" action="/staf/permohonan/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="back">
<label for="ke-langkah">Ke langkah</label>
<select id="ke-langkah" name="ke_langkah">{{#targets}}<option value="{{id}}">{{number}}. {{text}}</option>{{/targets}}</select>
<label>Alasan<textarea name="catatan" rows="3" required>{{kept_back}}</textarea></label>
<label><input type="checkbox" name="publik" value="1"> Tampilkan alasan kepada pemohon</label>
<button type="submit">Kembalikan</button>
</form></details>{{/back}}
{{#can_reject}}<details><summary>Tolak permohonan</summary>
<form method="post" action="/staf/permohonan/{{number}}/aksi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="aksi" value="reject">
<label>Alasan penolakan (disampaikan kepada pemohon)<textarea name="catatan" rows="3" required>{{kept_reject}}</textarea></label>
<button type="submit" class="secondary">Tolak</button>
</form></details>{{/can_reject}}
</section>{{/can_act}}{{/actions}}
<section>
<h2>Isian permohonan</h2>
<table class="fields">
{{#fields}}<tr><th scope="row">{{label}}</th><td><span class="prewrap">{{value:pre_escape}}</span>{{#warning}}<br><small class="warning">{{text}}</small>{{/warning}}</td></tr>
{{/fields}}
</table>
</section>
{{#letters}}{{#title}}<p>Surat/formulir terisi: <a href="/staf/permohonan/{{number}}/surat/{{id}}">{{title}} (PDF)</a></p>{{/title}}{{/letters}}
<section>
<h2>Lampiran</h2>
{{#no_attachments}}<p>Tidak ada lampiran.</p>{{/no_attachments}}
<ul class="attachments">
{{#attachments}}<li><a href="/staf/permohonan/{{number}}/lampiran/{{id}}">{{name}}</a> ({{size}} bita, {{field}}, {{at}})<br><small>SHA-256: <code>{{sha256}}</code></small></li>
{{/attachments}}
</ul>
</section>
<section>
<h2>Prosedur</h2>
<ol class="steps">
{{#steps}}<li value="{{number}}" class="step-{{state}}">{{text_html:none}}</li>
{{/steps}}
</ol>
</section>
<section>
{{desk_panel:none}}
<h2>Riwayat</h2>
<div class="table-wrap"><table class="history">
<thead><tr><th>Waktu</th><th>Kegiatan</th><th>Oleh</th><th>Langkah</th><th>Catatan</th></tr></thead>
<tbody>
{{#history}}<tr><td>{{at}}</td><td>{{action_label}}</td><td>{{actor}}</td><td>{{from_step}} → {{to_step}}</td><td>{{#note}}<span class="prewrap">{{text:pre_escape}}</span>{{/note}}{{#public}} <small>(terlihat pemohon)</small>{{/public}}</td></tr>
{{/history}}
</tbody>
</table></div>
</section>
