{{%AUTOESCAPE context="HTML"}}<section class="desk desk-sanapati" id="sanapati">
<h2>Layanan Email Sanapati</h2>
{{#refused_errors}}<p class="error" role="alert">{{text}}</p>
{{/refused_errors}}
<h3>Persetujuan formulir</h3>
<table class="sanapati-signoffs">
<thead><tr><th scope="col">Persetujuan</th><th scope="col">Paling lambat sebelum langkah</th><th scope="col">Status</th></tr></thead>
<tbody>
{{#signoffs}}<tr id="persetujuan-{{code}}"><td>{{label}}</td><td>{{due_step}}</td><td>{{#approved}}Disetujui: <strong>{{name}}</strong> ({{position}}){{#nip}}, NIP {{nip}}{{/nip}} · {{at}} · dicatat oleh {{recorded_by}}{{/approved}}{{#no_approved}}{{#next}}<mark>Berikutnya</mark>{{/next}}{{#no_next}}Belum{{/no_next}}{{/no_approved}}</td></tr>
{{/signoffs}}
</tbody>
</table>
{{#refusals}}<p class="sanapati-refusal"><strong>Ditolak</strong> oleh {{label}} — {{name}} ({{position}}), {{at}}: {{reason}}</p>
{{/refusals}}
{{#signoff_form}}<form method="post" action="/staf/permohonan/{{number}}/sanapati/persetujuan">
<input type="hidden" name="_csrf" value="{{csrf}}">
<fieldset><legend>Catat persetujuan berikutnya</legend>
{{#error_persetujuan}}<p class="error" role="alert">{{error_persetujuan}}</p>{{/error_persetujuan}}
<label for="sanapati-persetujuan">Persetujuan</label>
<select id="sanapati-persetujuan" name="persetujuan">{{#choices}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/choices}}</select>
<label for="sanapati-nama">Nama penandatangan</label>
<input id="sanapati-nama" name="nama" value="{{v_nama}}" maxlength="200" required{{#error_nama}} aria-invalid="true"{{/error_nama}}>
{{#error_nama}}<small class="error">{{error_nama}}</small>{{/error_nama}}
<label for="sanapati-jabatan">Jabatan</label>
<input id="sanapati-jabatan" name="jabatan" value="{{v_jabatan}}" maxlength="200" required{{#error_jabatan}} aria-invalid="true"{{/error_jabatan}}>
{{#error_jabatan}}<small class="error">{{error_jabatan}}</small>{{/error_jabatan}}
<label for="sanapati-nip">NIP (opsional)</label>
<input id="sanapati-nip" name="nip" inputmode="numeric" autocomplete="off" value="{{v_nip}}"{{#error_nip}} aria-invalid="true"{{/error_nip}}>
{{#error_nip}}<small class="error">{{error_nip}}</small>{{/error_nip}}
<fieldset><legend>Keputusan</legend>
<label><input type="radio" name="keputusan" value="setuju"{{#decision_approve}} checked{{/decision_approve}}> Setuju</label>
<label><input type="radio" name="keputusan" value="tolak"{{#decision_refuse}} checked{{/decision_refuse}}> Tolak</label>
{{#error_keputusan}}<small class="error">{{error_keputusan}}</small>{{/error_keputusan}}
</fieldset>
<label for="sanapati-alasan">Alasan penolakan (wajib bila menolak; disampaikan kepada pemohon)</label>
<textarea id="sanapati-alasan" name="alasan" rows="2" maxlength="2000"{{#error_alasan}} aria-invalid="true"{{/error_alasan}}>{{v_alasan}}</textarea>
{{#error_alasan}}<small class="error">{{error_alasan}}</small>{{/error_alasan}}
<label for="sanapati-tindak-lanjut">Bila menolak</label>
<select id="sanapati-tindak-lanjut" name="tindak_lanjut"><option value="kembalikan">Kembalikan kepada pemohon untuk diperbaiki</option><option value="akhiri"{{#outcome_end}} selected{{/outcome_end}}>Akhiri permohonan (ditolak)</option></select>
{{#error_tindak_lanjut}}<small class="error">{{error_tindak_lanjut}}</small>{{/error_tindak_lanjut}}
</fieldset>
<button type="submit">Catat persetujuan</button>
</form>{{/signoff_form}}
<h3>Koordinasi</h3>
{{#no_coordinations}}<p>Belum ada koordinasi tercatat.</p>{{/no_coordinations}}
<ul class="sanapati-coordinations">
{{#coordinations}}<li><strong>{{counterpart}}</strong>: dikirim {{sent}}, referensi {{reference}}{{#answer}}. Jawaban: <span class="prewrap">{{answer}}</span>{{/answer}}{{#no_answer}}. Belum ada jawaban.{{/no_answer}} <small>(dicatat oleh {{recorded_by}})</small></li>
{{/coordinations}}
</ul>
{{#coordination_form}}<form method="post" action="/staf/permohonan/{{number}}/sanapati/koordinasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<fieldset><legend>Catat koordinasi</legend>
<label for="sanapati-pihak">Dengan</label>
<input id="sanapati-pihak" name="pihak" value="{{v_pihak}}" maxlength="200" required{{#error_pihak}} aria-invalid="true"{{/error_pihak}}>
{{#error_pihak}}<small class="error">{{error_pihak}}</small>{{/error_pihak}}
<label for="sanapati-tanggal-kirim">Tanggal dikirim</label>
<input id="sanapati-tanggal-kirim" type="date" name="tanggal_kirim" value="{{v_tanggal_kirim}}" required{{#error_tanggal_kirim}} aria-invalid="true"{{/error_tanggal_kirim}}>
{{#error_tanggal_kirim}}<small class="error">{{error_tanggal_kirim}}</small>{{/error_tanggal_kirim}}
<label for="sanapati-referensi">Referensi (nomor surat, tiket atau email)</label>
<input id="sanapati-referensi" name="referensi" value="{{v_referensi}}" maxlength="200" required{{#error_referensi}} aria-invalid="true"{{/error_referensi}}>
{{#error_referensi}}<small class="error">{{error_referensi}}</small>{{/error_referensi}}
<label for="sanapati-jawaban">Jawaban (boleh dicatat kemudian)</label>
<textarea id="sanapati-jawaban" name="jawaban" rows="2" maxlength="4000"{{#error_jawaban}} aria-invalid="true"{{/error_jawaban}}>{{v_jawaban}}</textarea>
{{#error_jawaban}}<small class="error">{{error_jawaban}}</small>{{/error_jawaban}}
</fieldset>
<button type="submit">Catat koordinasi</button>
</form>{{/coordination_form}}
<h3>Bukti layanan untuk pemohon</h3>
{{#proof}}<dl class="sanapati-proof"><dt>ID registrasi</dt><dd>{{registration_id}}</dd><dt>Terima tanggal</dt><dd>{{received}}</dd><dt>Diproses tanggal</dt><dd>{{processed}}</dd><dt>Aktivasi tanggal</dt><dd>{{activated}}</dd></dl>{{/proof}}
{{#no_proof}}<p>Bukti belum dicatat.</p>{{/no_proof}}
{{#proof_form}}<form method="post" action="/staf/permohonan/{{number}}/sanapati/bukti">
<input type="hidden" name="_csrf" value="{{csrf}}">
<fieldset><legend>Catat bukti</legend>
<label for="sanapati-id-registrasi">ID registrasi</label>
<input id="sanapati-id-registrasi" name="id_registrasi" value="{{v_id_registrasi}}" maxlength="100" required{{#error_id_registrasi}} aria-invalid="true"{{/error_id_registrasi}}>
{{#error_id_registrasi}}<small class="error">{{error_id_registrasi}}</small>{{/error_id_registrasi}}
<label for="sanapati-tanggal-terima">Terima tanggal</label>
<input id="sanapati-tanggal-terima" type="date" name="tanggal_terima" value="{{v_tanggal_terima}}" required{{#error_tanggal_terima}} aria-invalid="true"{{/error_tanggal_terima}}>
{{#error_tanggal_terima}}<small class="error">{{error_tanggal_terima}}</small>{{/error_tanggal_terima}}
<label for="sanapati-tanggal-proses">Diproses tanggal</label>
<input id="sanapati-tanggal-proses" type="date" name="tanggal_proses" value="{{v_tanggal_proses}}" required{{#error_tanggal_proses}} aria-invalid="true"{{/error_tanggal_proses}}>
{{#error_tanggal_proses}}<small class="error">{{error_tanggal_proses}}</small>{{/error_tanggal_proses}}
<label for="sanapati-tanggal-aktivasi">Aktivasi tanggal</label>
<input id="sanapati-tanggal-aktivasi" type="date" name="tanggal_aktivasi" value="{{v_tanggal_aktivasi}}" required{{#error_tanggal_aktivasi}} aria-invalid="true"{{/error_tanggal_aktivasi}}>
{{#error_tanggal_aktivasi}}<small class="error">{{error_tanggal_aktivasi}}</small>{{/error_tanggal_aktivasi}}
</fieldset>
<button type="submit">Catat bukti</button>
</form>{{/proof_form}}
</section>
